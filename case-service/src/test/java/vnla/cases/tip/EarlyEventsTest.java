package vnla.cases.tip;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.cases.TipFeed;
import vnla.common.event.TipDismissed;
import vnla.common.event.TipReceived;
import vnla.common.event.TipTriaged;
import vnla.common.event.Topics;
import vnla.common.event.Vocabulary.Priority;
import vnla.common.event.Vocabulary.Releasability;
import vnla.common.event.Vocabulary.Tlp;
import vnla.testing.TopicWatcher;

/**
 * A triage or dismissal that reaches case-service before its tip (a second hotline relay, a replayed dead letter) is
 * kept, not dropped: it is recorded as handled only together with being parked, and applied right after the tip, in
 * the order it arrived, once.
 */
@QuarkusTest
class EarlyEventsTest {

    @Inject
    TipFeed feed;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Test
    void flashTriageBeforeItsTipStillRequestsTheAlertOnceTheTipArrives() throws Exception {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        TipReceived tip = TipFeed.tip("vn.hue", TipFeed.phones("0905 888 001"));
        TipTriaged triage = TipFeed.triage(tip, Priority.FLASH, Tlp.AMBER, Releasability.REGIONAL, true, List.of("la.salavan"));

        try (TopicWatcher requests = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            String triageId = feed.send(triage);
            awaitParked(tip, 1);

            assertEquals(1, inbox(triageId), "recorded once, as parked");
            Api.analyst("vn.hue").get("/api/v1/tips/{id}", tip.tipId()).then().statusCode(404);
            assertEquals(0, alertRequestsInOutbox(tip), "no alert without the tip");

            feed.send(tip);

            ConsumerRecord<String, byte[]> requested = requests.awaitOne(r -> "cases.alert.requested".equals(TopicWatcher.header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(tip.tipId().toString()));
            JsonNode alert = mapper.readTree(requested.value());
            assertEquals("FLASH", alert.get("priority").asText());
            assertEquals("la.salavan", alert.get("recipientAgencies").get(0).asText());
        }
        Api.analyst("vn.hue").get("/api/v1/tips/{id}", tip.tipId())
                .then().statusCode(200)
                .body("status", equalTo("TRIAGED"))
                .body("triage.priority", equalTo("FLASH"));
        Api.analyst("vn.hue").get("/api/v1/tips/{id}/releases", tip.tipId())
                .then().statusCode(200)
                .body("items.trigger", contains("CROSS_BORDER_TRIAGE"));
        assertEquals(0, parked(tip));
        assertEquals(1, alertRequestsInOutbox(tip));
    }

    @Test
    void triageAndDismissalBeforeTheirTipAreAppliedAfterItInArrivalOrderEachOnce() {
        TipReceived tip = TipFeed.tip("vn.hue", TipFeed.person("Trần Văn Hùng"));
        String triageId = feed.send(TipFeed.triage(tip, Priority.ROUTINE, Tlp.GREEN, Releasability.REGIONAL, false, List.of()));
        String dismissalId = feed.send(new TipDismissed(tip.tipId(), tip.reference(), tip.receivingAgency(), "Tin trùng lặp",
                OffsetDateTime.now(ZoneOffset.UTC)));
        awaitParked(tip, 2);
        feed.send(triageId, TipFeed.triage(tip, Priority.ROUTINE, Tlp.GREEN, Releasability.REGIONAL, false, List.of()));

        feed.send(tip);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "DISMISSED".equals(
                Api.analyst("vn.hue").get("/api/v1/tips/{id}", tip.tipId()).jsonPath().getString("status")));
        Api.analyst("vn.hue").get("/api/v1/tips/{id}", tip.tipId())
                .then().statusCode(200)
                .body("triage.triagedAt", notNullValue());
        TipProjection projected = QuarkusTransaction.requiringNew().call(() -> TipProjection.<TipProjection>findById(tip.tipId()));
        assertEquals("Tin trùng lặp", projected.dismissalReason);
        assertEquals(0, parked(tip));
        assertEquals(1, inbox(triageId), "the redelivered triage changed nothing");
        assertEquals(1, inbox(dismissalId));
    }

    private void awaitParked(TipReceived tip, int events) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> parked(tip) == events);
    }

    private long parked(TipReceived tip) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from parked_event where consumer = 'case-service.tips' and aggregate_id = :tip")
                .setParameter("tip", tip.tipId().toString()).getSingleResult()).longValue());
    }

    private long inbox(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbox_message where consumer = 'case-service.tips' and event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    private long alertRequestsInOutbox(TipReceived tip) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from outbox_event where type = 'cases.alert.requested' and payload -> 'references' ->> 'tipId' = :tip""")
                .setParameter("tip", tip.tipId().toString()).getSingleResult()).longValue());
    }
}
