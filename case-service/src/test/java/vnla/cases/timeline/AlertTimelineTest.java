package vnla.cases.timeline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.cases.TipFeed;
import vnla.common.event.AlertAcknowledged;
import vnla.common.event.AlertAnswered;
import vnla.common.event.AlertDelivered;
import vnla.common.event.AlertEscalated;
import vnla.common.event.AlertExhausted;
import vnla.common.event.AlertReachedNoOne;
import vnla.common.event.AlertRequested;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.TipReceived;
import vnla.common.event.Vocabulary;
import vnla.testing.EventProducer;

/** notification-service's reports on an operation's alerts, produced to the real notifications.alerts.v1 topic. */
@QuarkusTest
class AlertTimelineTest {

    @Inject
    TipFeed feed;

    @Inject
    EventCodec codec;

    private final EventProducer producer = new EventProducer();

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void deliveryEscalationAndAcknowledgementAppearOnTheTimelineWithWhoAndWhen() {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 888 001")));
        Api.link("vn.hue", operation, tip.tipId());
        var references = new AlertRequested.References(tip.tipId(), tip.reference(), operation, "Chuyên án");
        UUID alertId = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        send(alertId, UUID.randomUUID().toString(), new AlertDelivered(alertId, requestId, "la.salavan", references, "WEBHOOK", now.plusSeconds(1)));
        send(alertId, UUID.randomUUID().toString(), new AlertEscalated(alertId, requestId, "la.salavan", references, "PROVINCE", "MINISTRY",
                now.plusSeconds(2), now.plusSeconds(3)));
        String acknowledgement = UUID.randomUUID().toString();
        AlertAcknowledged acknowledged = new AlertAcknowledged(alertId, requestId, "la.salavan", references, "ສົມພອນ ພົມມະວົງ", "ພັນຕີ",
                "liaison-officer@la.salavan", now.plusSeconds(4));
        send(alertId, acknowledgement, acknowledged);
        send(alertId, acknowledgement, acknowledged);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .jsonPath().getList("items.kind").contains("ALERT_ACKNOWLEDGED"));
        Api.analyst("la.salavan").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                .body("items.kind", contains("OPERATION_OPENED", "PARTNER_INVITED", "INVITATION_ACCEPTED", "TIP_LINKED", "RELEASE_REFUSED", "ALERT_DELIVERED",
                        "ALERT_ESCALATED", "ALERT_ACKNOWLEDGED"))
                .body("items[5].details.channel", equalTo("WEBHOOK"))
                .body("items[6].details.toTier", equalTo("MINISTRY"))
                .body("items[6].actor", equalTo("notification-service"))
                .body("items[7].actor", equalTo("liaison-officer@la.salavan"))
                .body("items[7].details.officerName", equalTo("ສົມພອນ ພົມມະວົງ"))
                .body("items[7].details.alertId", equalTo(alertId.toString()))
                .body("items.findAll { it.kind == 'ALERT_ACKNOWLEDGED' }", hasSize(1));
    }

    @Test
    void anEscalationThatReachedNoOneAppearsOnTheTimelineNamingNoOne() {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 888 003")));
        Api.link("vn.hue", operation, tip.tipId());
        var references = new AlertRequested.References(tip.tipId(), tip.reference(), operation, "Chuyên án");
        UUID alertId = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String reachedNoOne = UUID.randomUUID().toString();
        AlertReachedNoOne event = new AlertReachedNoOne(alertId, requestId, "la.salavan", references, "DISTRICT", now.plusSeconds(1));
        send(alertId, reachedNoOne, event);
        send(alertId, reachedNoOne, event);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .jsonPath().getList("items.kind").contains("ALERT_REACHED_NO_ONE"));
        Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                .body("items.kind", contains("OPERATION_OPENED", "PARTNER_INVITED", "INVITATION_ACCEPTED", "TIP_LINKED", "RELEASE_REFUSED",
                        "ALERT_REACHED_NO_ONE"))
                .body("items[5].actor", equalTo("notification-service"))
                .body("items[5].details.tier", equalTo("DISTRICT"))
                .body("items[5].details.recipientAgency", equalTo("la.salavan"))
                .body("items[5].details.keySet()", containsInAnyOrder("alertId", "requestId", "recipientAgency", "tipId", "tipReference", "tier"));
    }

    /** The sender learns that its alert never got through, not which endpoint of the partner's it was sent to. */
    @Test
    void exhaustedDeliveriesAppearOnTheTimelineWithoutThePartnersSubscription() {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 888 004")));
        Api.link("vn.hue", operation, tip.tipId());
        var references = new AlertRequested.References(tip.tipId(), tip.reference(), operation, "Chuyên án");
        UUID alertId = UUID.randomUUID();
        UUID subscriptionId = UUID.randomUUID();
        send(alertId, UUID.randomUUID().toString(), new AlertExhausted(alertId, UUID.randomUUID(), "la.salavan", references,
                subscriptionId, 7, OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .jsonPath().getList("items.kind").contains("ALERT_EXHAUSTED"));
        String timeline = Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                .body("items.find { it.kind == 'ALERT_EXHAUSTED' }.details.attempts", equalTo(7))
                .body("items.find { it.kind == 'ALERT_EXHAUSTED' }.details.keySet()",
                        containsInAnyOrder("alertId", "requestId", "recipientAgency", "tipId", "tipReference", "attempts"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(timeline.contains(subscriptionId.toString()), "the partner's subscription is not shown");
    }

    @Test
    void thePartnersAnswerAppearsOnTheTimelineOnceWithItsNoteByteExact() {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 888 004")));
        Api.link("vn.hue", operation, tip.tipId());
        var references = new AlertRequested.References(tip.tipId(), tip.reference(), operation, "Chuyên án");
        UUID alertId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        String note = "ໄດ້ກວດກາແລ້ວ: ພົບລົດຈັກສອງຄັນ ຢູ່ບ້ານຕິດຊາຍແດນ ເມືອງຕະໂອ້ຍ, ກຳລັງຕິດຕາມ";
        String answered = UUID.randomUUID().toString();
        AlertAnswered answer = new AlertAnswered(alertId, UUID.randomUUID(), "la.salavan", references, answerId, AlertAnswered.Result.CONFIRMED,
                note, Vocabulary.Language.lo, "analyst@la.salavan", OffsetDateTime.now(ZoneOffset.UTC));

        send(alertId, answered, answer);
        send(alertId, answered, answer);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .jsonPath().getList("items.kind").contains("ALERT_ANSWERED"));
        Api.analyst("la.salavan").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                .body("items.kind", contains("OPERATION_OPENED", "PARTNER_INVITED", "INVITATION_ACCEPTED", "TIP_LINKED", "RELEASE_REFUSED",
                        "ALERT_ANSWERED"))
                .body("items[5].actor", equalTo("analyst@la.salavan"))
                .body("items[5].details.result", equalTo("CONFIRMED"))
                .body("items[5].details.note", equalTo(note))
                .body("items[5].details.language", equalTo("lo"))
                .body("items[5].details.answerId", equalTo(answerId.toString()))
                .body("items[5].details.alertId", equalTo(alertId.toString()));
    }

    @Test
    void alertOutsideAnyOperationChangesNoTimeline() {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        UUID alertId = UUID.randomUUID();
        var unrelated = new AlertRequested.References(UUID.randomUUID(), "HUE-2026-000001", null, null);
        var marker = new AlertRequested.References(UUID.randomUUID(), "HUE-2026-000002", operation, "Chuyên án");

        send(alertId, UUID.randomUUID().toString(), new AlertDelivered(alertId, UUID.randomUUID(), "la.salavan", unrelated, "KAFKA",
                OffsetDateTime.now(ZoneOffset.UTC)));
        send(alertId, UUID.randomUUID().toString(), new AlertDelivered(alertId, UUID.randomUUID(), "la.salavan", marker, "KAFKA",
                OffsetDateTime.now(ZoneOffset.UTC)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .jsonPath().getList("items.kind").contains("ALERT_DELIVERED"));
        Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                .body("items.kind", contains("OPERATION_OPENED", "PARTNER_INVITED", "INVITATION_ACCEPTED", "ALERT_DELIVERED"))
                .body("items[3].details.tipReference", equalTo("HUE-2026-000002"));
    }

    @Test
    void acknowledgementOfATriageAlertAppearsOnTheOperationsTheTipIsLinkedTo() {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 888 002")));
        Api.link("vn.hue", operation, tip.tipId());
        var triageAlert = new AlertRequested.References(tip.tipId(), tip.reference(), null, null);
        UUID alertId = UUID.randomUUID();

        send(alertId, UUID.randomUUID().toString(), new AlertAcknowledged(alertId, UUID.randomUUID(), "la.salavan", triageAlert,
                "ສົມພອນ ພົມມະວົງ", "ພັນຕີ", "liaison-officer@la.salavan", OffsetDateTime.now(ZoneOffset.UTC)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .jsonPath().getList("items.kind").contains("ALERT_ACKNOWLEDGED"));
    }

    /**
     * notification-service carries each message of a request for verification as an alert with no tip: its delivery and
     * escalation go on the request's operation, keyed by the request's id; one without an operation changes no timeline.
     */
    @Test
    void deliveryAndEscalationOfARequestForVerificationAppearOnItsOperationsTimeline() {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        var request = new AlertRequested.References(null, null, operation, null);
        var withoutOperation = new AlertRequested.References(null, null, null, null);
        UUID alertId = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        send(alertId, UUID.randomUUID().toString(), new AlertDelivered(UUID.randomUUID(), UUID.randomUUID(), "la.salavan", withoutOperation,
                "WEBHOOK", now));
        send(alertId, UUID.randomUUID().toString(), new AlertDelivered(alertId, requestId, "la.salavan", request, "WEBHOOK", now.plusSeconds(1)));
        send(alertId, UUID.randomUUID().toString(), new AlertEscalated(alertId, requestId, "la.salavan", request, "BORDER_POST", "DISTRICT",
                now.plusSeconds(2), now.plusSeconds(3)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .jsonPath().getList("items.kind").contains("ALERT_ESCALATED"));
        Api.analyst("la.salavan").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                .body("items.kind", contains("OPERATION_OPENED", "PARTNER_INVITED", "INVITATION_ACCEPTED", "ALERT_DELIVERED", "ALERT_ESCALATED"))
                .body("items[3].details.keySet()", containsInAnyOrder("alertId", "requestId", "recipientAgency", "channel"))
                .body("items[3].details.requestId", equalTo(requestId.toString()))
                .body("items[4].details.toTier", equalTo("DISTRICT"));
    }

    private void send(UUID alertId, String eventId, Record event) {
        EventType type = EventType.forPayload(event);
        producer.send(type.topic(), alertId.toString(), eventId, type.type(), codec.encode(type, event));
    }
}
