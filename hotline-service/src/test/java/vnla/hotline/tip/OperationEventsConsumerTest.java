package vnla.hotline.tip;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.Topics;
import vnla.common.event.TipLinked;
import vnla.common.event.TipUnlinked;
import vnla.hotline.TipFixtures;
import vnla.testing.EventProducer;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vnla.hotline.TipFixtures.dutyOfficer;

/** case-service's links arrive on the real cases.operations.v1 topic and move tips to LINKED, once. */
@QuarkusTest
class OperationEventsConsumerTest {

    @Inject
    EventCodec codec;

    @Test
    void linkedEventMovesTipToLinked() {
        String id = TipFixtures.recordTip(TipFixtures.anonymousTip());
        UUID operation = UUID.randomUUID();

        try (EventProducer producer = new EventProducer()) {
            producer.send(Topics.CASES_OPERATIONS, operation.toString(), UUID.randomUUID().toString(), EventType.TIP_LINKED.type(),
                    codec.encode(EventType.TIP_LINKED, linked(operation, id)));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> dutyOfficer()
                .when().get("/api/v1/tips/" + id)
                .then().body("status", equalTo("LINKED")));
    }

    @Test
    void redeliveredLinkChangesNothing() {
        String id = TipFixtures.recordTip(TipFixtures.anonymousTip());
        UUID operation = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        byte[] linked = codec.encode(EventType.TIP_LINKED, linked(operation, id));
        byte[] unlinked = codec.encode(EventType.TIP_UNLINKED,
                new TipUnlinked(operation, UUID.fromString(id), "HUE-2026-000001", "analyst@vn.hue", OffsetDateTime.now(ZoneOffset.UTC)));

        try (EventProducer producer = new EventProducer()) {
            producer.send(Topics.CASES_OPERATIONS, operation.toString(), eventId, EventType.TIP_LINKED.type(), linked);
            producer.send(Topics.CASES_OPERATIONS, operation.toString(), UUID.randomUUID().toString(), EventType.TIP_UNLINKED.type(), unlinked);
            await().atMost(Duration.ofSeconds(30)).until(() -> version(id) == 2);
            producer.send(Topics.CASES_OPERATIONS, operation.toString(), eventId, EventType.TIP_LINKED.type(), linked);
            String marker = UUID.randomUUID().toString();
            UUID otherTip = UUID.fromString(TipFixtures.recordTip(TipFixtures.anonymousTip()));
            producer.send(Topics.CASES_OPERATIONS, operation.toString(), marker, EventType.TIP_LINKED.type(),
                    codec.encode(EventType.TIP_LINKED, linked(operation, otherTip.toString())));
            await().atMost(Duration.ofSeconds(30)).until(() -> version(otherTip.toString()) == 1);
        }

        dutyOfficer().when().get("/api/v1/tips/" + id).then().body("status", equalTo("RECEIVED"));
        assertEquals(2, version(id));
    }

    @Test
    void linkByAnotherAgencyLeavesTipUnlinkedAndDismissable() {
        String id = TipFixtures.recordTip(TipFixtures.anonymousTip());
        UUID operation = UUID.randomUUID();
        TipLinked bySalavan = new TipLinked(operation, "ຄະດີ 07-ສລ", UUID.fromString(id), "HUE-2026-000001", "analyst@la.salavan",
                "la.salavan", OffsetDateTime.now(ZoneOffset.UTC));

        try (EventProducer producer = new EventProducer()) {
            producer.send(Topics.CASES_OPERATIONS, operation.toString(), UUID.randomUUID().toString(), EventType.TIP_LINKED.type(),
                    codec.encode(EventType.TIP_LINKED, bySalavan));
            String marker = TipFixtures.recordTip(TipFixtures.anonymousTip());
            producer.send(Topics.CASES_OPERATIONS, operation.toString(), UUID.randomUUID().toString(), EventType.TIP_LINKED.type(),
                    codec.encode(EventType.TIP_LINKED, linked(operation, marker)));
            await().atMost(Duration.ofSeconds(30)).until(() -> version(marker) == 1);
        }

        assertEquals(0, version(id));
        String etag = dutyOfficer().when().get("/api/v1/tips/" + id)
                .then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .extract().header("ETag");
        TipFixtures.analyst().header("If-Match", etag)
                .body(java.util.Map.of("reason", "Tin trùng lặp với tin báo đã xác minh"))
                .when().post("/api/v1/tips/" + id + "/dismissal")
                .then().statusCode(200)
                .body("status", equalTo("DISMISSED"));
    }

    private static TipLinked linked(UUID operation, String tipId) {
        return new TipLinked(operation, "Chuyên án 319-SL", UUID.fromString(tipId), "HUE-2026-000001", "analyst@vn.hue",
                "vn.hue", OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static long version(String tipId) {
        return QuarkusTransaction.requiringNew().call(() -> Tip.<Tip>findById(UUID.fromString(tipId)).version);
    }
}
