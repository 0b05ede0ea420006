package vnla.cases.link;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import vnla.common.event.Topics;
import vnla.common.event.TipReceived;
import vnla.testing.TopicWatcher;

@QuarkusTest
class LinkTest {

    @Inject
    TipFeed feed;

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Test
    void linkingEmitsTipLinkedExactlyOnceValidAgainstItsSchema() throws IOException {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 123 456")));

        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_OPERATIONS)) {
            Api.analyst("vn.hue").body(Map.of("tipId", tip.tipId().toString(), "note", "Cùng tuyến đường mòn A Đớt")).post("/api/v1/operations/{id}/links", operation)
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/operations/" + operation + "/links/" + tip.tipId()))
                    .body("tipReference", equalTo(tip.reference()))
                    .body("note", equalTo("Cùng tuyến đường mòn A Đớt"));

            watcher.awaitOne(record -> isLinkOf(record, tip));
            List<ConsumerRecord<String, byte[]>> linked = watcher.drain(record -> isLinkOf(record, tip), Duration.ofSeconds(2));
            assertEquals(1, linked.size());
            ConsumerRecord<String, byte[]> record = linked.get(0);
            assertEquals(operation.toString(), record.key());
            JsonNode payload = mapper.readTree(record.value());
            assertTrue(codec.violations(EventType.TIP_LINKED, payload).isEmpty(), () -> codec.violations(EventType.TIP_LINKED, payload).toString());
            assertEquals(tip.reference(), payload.get("tipReference").asText());
            assertEquals("analyst@vn.hue", payload.get("linkedBy").asText());
            assertEquals("case-service", TopicWatcher.header(record, "ce_source").substring(1));
        }
        Api.analyst("vn.hue").get("/api/v1/operations/{id}/links", operation)
                .then().statusCode(200)
                .body("items.tipId", contains(tip.tipId().toString()));
    }

    @Test
    void aTipCanBelongToSeveralOperations() {
        UUID first = Api.open("vn.hue", Api.hueSalavan());
        UUID second = Api.open("vn.hue", Api.hueSalavan());
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 123 457")));

        Api.link("vn.hue", first, tip.tipId());
        Api.link("vn.hue", second, tip.tipId());

        Api.analyst("vn.hue").get("/api/v1/operations/{id}/links", second)
                .then().statusCode(200)
                .body("items.tipId", contains(tip.tipId().toString()));
    }

    @Test
    void linksArePaginatedOldestFirst() {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived first = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 123 458")));
        TipReceived second = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 123 459")));
        Api.link("vn.hue", operation, first.tipId());
        Api.link("vn.hue", operation, second.tipId());

        Api.analyst("vn.hue").queryParam("size", 1).get("/api/v1/operations/{id}/links", operation)
                .then().statusCode(200)
                .body("items.tipId", contains(first.tipId().toString()))
                .body("size", equalTo(1))
                .body("totalItems", equalTo(2));
        Api.analyst("vn.hue").queryParam("size", 1).queryParam("page", 1).get("/api/v1/operations/{id}/links", operation)
                .then().statusCode(200)
                .body("items.tipId", contains(second.tipId().toString()))
                .body("page", equalTo(1));
        Api.analyst("vn.hue").queryParam("size", 101).get("/api/v1/operations/{id}/links", operation)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void linkingATipCaseServiceHasNotReceivedIsNotFound() {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        UUID unknown = UUID.randomUUID();

        Api.analyst("vn.hue").body(Map.of("tipId", unknown.toString())).post("/api/v1/operations/{id}/links", operation)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("has not received it yet"));

        Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                .body("items.kind", contains("OPERATION_OPENED", "PARTNER_INVITED", "INVITATION_ACCEPTED"));
    }

    @Test
    void linkingTwiceIsConflict() {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 123 458")));
        Api.link("vn.hue", operation, tip.tipId());

        Api.analyst("vn.hue").body(Map.of("tipId", tip.tipId().toString())).post("/api/v1/operations/{id}/links", operation)
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void linkWithoutTipIdIsProblemNamingTheField() {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());

        Api.analyst("vn.hue").body(Map.of("note", "thiếu mã tin báo")).post("/api/v1/operations/{id}/links", operation)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("tipId"));
    }

    @Test
    void unlinkingEmitsTipUnlinkedAndIsOnTheTimeline() throws IOException {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 123 459")));
        Api.link("vn.hue", operation, tip.tipId());

        Api.analyst("la.salavan").delete("/api/v1/operations/{id}/links/{tipId}", operation, tip.tipId())
                .then().statusCode(403)
                .contentType("application/problem+json");
        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_OPERATIONS)) {
            Api.analyst("vn.hue").delete("/api/v1/operations/{id}/links/{tipId}", operation, tip.tipId())
                    .then().statusCode(204);

            ConsumerRecord<String, byte[]> record = watcher.awaitOne(r -> "cases.tip.unlinked".equals(TopicWatcher.header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(tip.tipId().toString()));
            assertTrue(codec.violations(EventType.TIP_UNLINKED, mapper.readTree(record.value())).isEmpty());
        }
        Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                .body("items.kind", hasItem("TIP_UNLINKED"))
                .body("items.find { it.kind == 'TIP_UNLINKED' }.actor", equalTo("analyst@vn.hue"));
        Api.analyst("vn.hue").delete("/api/v1/operations/{id}/links/{tipId}", operation, tip.tipId())
                .then().statusCode(404);
    }

    @Test
    void tipOfAnAgencyNotPartyToTheOperationCannotBeLinked() {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived tip = feed.received(TipFeed.tip("vn.sonla", TipFeed.phones("0905 123 460")));

        Api.analyst("vn.hue").body(Map.of("tipId", tip.tipId().toString())).post("/api/v1/operations/{id}/links", operation)
                .then().statusCode(404);
    }

    private static boolean isLinkOf(ConsumerRecord<String, byte[]> record, TipReceived tip) {
        return "cases.tip.linked".equals(TopicWatcher.header(record, "ce_type")) && new String(record.value(), StandardCharsets.UTF_8).contains(tip.tipId().toString());
    }
}
