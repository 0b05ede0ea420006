package vnla.cases.release;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.cases.TipFeed;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.TipDismissed;
import vnla.common.event.TipReceived;
import vnla.common.event.Topics;
import vnla.common.event.Vocabulary.Priority;
import vnla.common.event.Vocabulary.Releasability;
import vnla.common.event.Vocabulary.Tlp;
import vnla.testing.TopicWatcher;

/** A release that no longer holds is withdrawn: ledger, timeline, and cases.alert.withdrawn keyed like the request it recalls. */
@QuarkusTest
class RecallTest {

    @Inject
    TipFeed feed;

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Test
    void retriagedRedWithdrawsTheReleaseAndTheAlert() throws IOException {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 333 001")));
        feed.triaged(tip, TipFeed.triage(tip, Priority.FLASH, Tlp.AMBER, Releasability.REGIONAL, false, List.of()));
        String requestId;
        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            Api.link("vn.hue", operation, tip.tipId());
            requestId = event(watcher, "cases.alert.requested", tip).key();
        }
        Api.analyst("la.salavan").get("/api/v1/tips/{id}", tip.tipId()).then().statusCode(200).body("access", equalTo("RELEASED"));

        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            feed.send(TipFeed.triage(tip, Priority.FLASH, Tlp.RED, Releasability.REGIONAL, false, List.of()));
            ConsumerRecord<String, byte[]> record = event(watcher, "cases.alert.withdrawn", tip);
            JsonNode withdrawn = valid(EventType.ALERT_WITHDRAWN, record);
            assertEquals(requestId, record.key());
            assertEquals(requestId, withdrawn.get("requestId").asText());
            assertEquals("CANCEL", withdrawn.get("messageType").asText());
            assertEquals("RETRIAGED_RED", withdrawn.get("reason").asText());
            assertEquals(List.of("la.salavan"), List.of(withdrawn.get("recipientAgencies").get(0).asText()));
            assertEquals(false, new String(record.value(), StandardCharsets.UTF_8).contains(TipFeed.VI_DESCRIPTION));
        }
        Api.analyst("la.salavan").get("/api/v1/tips/{id}", tip.tipId())
                .then().statusCode(200)
                .body("access", equalTo("WITHHELD"))
                .body("withheldReason", equalTo("WITHDRAWN"));
        Api.analyst("vn.hue").get("/api/v1/tips/{id}/release-ledger", tip.tipId())
                .then().statusCode(200)
                .body("items.kind", contains("RELEASED", "WITHDRAWN"))
                .body("items[1].reason", equalTo("RETRIAGED_RED"))
                .body("totalItems", equalTo(2));
        Api.analyst("vn.hue").queryParam("size", 1).queryParam("page", 1).get("/api/v1/tips/{id}/release-ledger", tip.tipId())
                .then().statusCode(200)
                .body("items.kind", contains("WITHDRAWN"));
        Api.analyst("la.salavan").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                // what notification-service reports (deliveries) may interleave; case-service's own steps come in this order
                .body("items.findAll { !it.kind.startsWith('ALERT_DELIVERED') }.kind", contains("OPERATION_OPENED", "PARTNER_INVITED",
                        "INVITATION_ACCEPTED", "TIP_LINKED", "ALERT_REQUESTED", "RELEASE_WITHDRAWN"))
                .body("items.find { it.kind == 'RELEASE_WITHDRAWN' }.details.reason", equalTo("RETRIAGED_RED"));
    }

    @Test
    void narrowerHandlingCodeUpdatesAndNoLongerNamedCancels() throws IOException {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        Api.agreement("vn.hue", "la.champasak", "2025-01-01", null);
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 333 002")));
        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            feed.triaged(tip, TipFeed.triage(tip, Priority.FLASH, Tlp.GREEN, Releasability.BILATERAL, true, List.of("la.salavan", "la.champasak")));
            event(watcher, "cases.alert.requested", tip);
        }

        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            feed.send(TipFeed.triage(tip, Priority.FLASH, Tlp.AMBER, Releasability.BILATERAL, true, List.of("la.salavan")));
            List<JsonNode> withdrawals = watcher.await(r -> "cases.alert.withdrawn".equals(TopicWatcher.header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(tip.tipId().toString()), 2, java.time.Duration.ofSeconds(60))
                    .stream().map(r -> valid(EventType.ALERT_WITHDRAWN, r)).toList();
            assertEquals(Set.of("UPDATE:HANDLING_CODE_NARROWED:la.salavan", "CANCEL:NO_LONGER_NAMED:la.champasak"), Set.copyOf(withdrawals.stream()
                    .map(w -> w.get("messageType").asText() + ":" + w.get("reason").asText() + ":" + w.get("recipientAgencies").get(0).asText())
                    .toList()));
        }
        Api.analyst("la.salavan").get("/api/v1/tips/{id}", tip.tipId()).then().statusCode(200).body("access", equalTo("RELEASED"));
        Api.analyst("la.champasak").get("/api/v1/tips/{id}", tip.tipId()).then().statusCode(404);
    }

    @Test
    void dismissalWithdrawsEveryRelease() throws IOException {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 333 003")));
        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            feed.triaged(tip, TipFeed.triage(tip, Priority.URGENT, Tlp.GREEN, Releasability.REGIONAL, true, List.of("la.salavan")));
            event(watcher, "cases.alert.requested", tip);
            feed.send(new TipDismissed(tip.tipId(), tip.reference(), tip.receivingAgency(), "Tin báo sai sự thật", OffsetDateTime.now(ZoneOffset.UTC)));
            JsonNode withdrawn = valid(EventType.ALERT_WITHDRAWN, event(watcher, "cases.alert.withdrawn", tip));
            assertEquals("TIP_DISMISSED", withdrawn.get("reason").asText());
        }
        Api.analyst("la.salavan").get("/api/v1/tips/{id}", tip.tipId()).then().statusCode(404);
    }

    private static ConsumerRecord<String, byte[]> event(TopicWatcher watcher, String type, TipReceived tip) {
        return watcher.awaitOne(r -> type.equals(TopicWatcher.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains(tip.tipId().toString()));
    }

    private JsonNode valid(EventType type, ConsumerRecord<String, byte[]> record) {
        try {
            JsonNode json = mapper.readTree(record.value());
            assertEquals(Set.of(), codec.violations(type, json));
            return json;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
