package vnla.cases.release;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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
import vnla.testing.Traceparent;

/**
 * Alert requests respect agreements and handling codes. Each case makes the agreements it needs and ends those it needs
 * absent ({@link Api#noAgreement}), whatever other tests of the module left.
 */
@QuarkusTest
class AlertRequestTest {

    @Inject
    TipFeed feed;

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Test
    void linkingRequestsAlertToPartnerWithAgreementInForce() throws IOException {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        TipReceived tip = triagedTip("vn.hue", Priority.URGENT, Tlp.AMBER, Releasability.REGIONAL, List.of());
        UUID operation = Api.open("vn.hue", Api.hueSalavan());

        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            Api.link("vn.hue", operation, tip.tipId());

            JsonNode alert = alertFor(watcher, tip);
            assertEquals(List.of("la.salavan"), strings(alert.get("recipientAgencies")));
            assertEquals("vn.hue", alert.get("senderAgency").asText());
            assertEquals("ACTUAL", alert.get("status").asText());
            assertEquals("ALERT", alert.get("messageType").asText());
            assertEquals("URGENT", alert.get("priority").asText());
            assertEquals("AMBER", alert.get("handlingCode").get("tlp").asText());
            assertEquals(operation.toString(), alert.get("references").get("operationId").asText());
            assertEquals(tip.reference(), alert.get("references").get("tipReference").asText());
            assertEquals(TipFeed.VI_DESCRIPTION, alert.get("description").asText());
        }
        Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                // what notification-service reports (deliveries) may follow; case-service's own steps come in this order
                .body("items.findAll { !it.kind.startsWith('ALERT_DELIVERED') }.kind", contains("OPERATION_OPENED", "PARTNER_INVITED",
                        "INVITATION_ACCEPTED", "TIP_LINKED", "ALERT_REQUESTED"))
                .body("items[4].details.recipients", contains("la.salavan"))
                .body("items[4].actor", equalTo("analyst@vn.hue"));
    }

    /**
     * The alert request continues the trace the tip arrived in (its POST in hotline-service), though an analyst's link
     * in a trace of its own decided it: the partner's webhook ends the tip's trace.
     */
    @Test
    void alertRequestContinuesTheTipsTrace() throws IOException {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        String tipTrace = "7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f";
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 777 321")),
                Map.of("traceparent", "00-" + tipTrace + "-1a2b3c4d5e6f7a8b-01"));
        feed.triaged(tip, TipFeed.triage(tip, Priority.URGENT, Tlp.AMBER, Releasability.REGIONAL, false, List.of()));
        UUID operation = Api.open("vn.hue", Api.hueSalavan());

        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            Api.analyst("vn.hue").header("traceparent", "00-0123456789abcdef0123456789abcdef-0123456789abcdef-01")
                    .body(Map.of("tipId", tip.tipId().toString(), "note", "Cùng số điện thoại"))
                    .post("/api/v1/operations/{id}/links", operation)
                    .then().statusCode(201);

            ConsumerRecord<String, byte[]> record = watcher.awaitOne(r -> "cases.alert.requested".equals(TopicWatcher.header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(tip.tipId().toString()));
            assertEquals(tipTrace, Traceparent.traceId(TopicWatcher.header(record, "traceparent")));
        }
    }

    @Test
    void expiredAgreementRefusesReleaseAndRequestsNothing() {
        Api.noAgreement("vn.quangnam", "la.sekong");
        Api.agreement("vn.quangnam", "la.sekong", "2020-01-01", "2024-01-01");
        TipReceived tip = triagedTip("vn.quangnam", Priority.FLASH, Tlp.GREEN, Releasability.REGIONAL, List.of());
        UUID operation = Api.open("vn.quangnam", Api.operation("vn.quangnam", List.of("la.sekong"), "DRUG_TRAFFICKING",
                List.of("VN-27", "LA-XE"), LocalDate.now().minusDays(10), null));

        Api.link("vn.quangnam", operation, tip.tipId());

        assertRefused(tip, "vn.quangnam", "la.sekong", "AGREEMENT_EXPIRED");
        Api.analyst("vn.quangnam").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                .body("items.kind", contains("OPERATION_OPENED", "PARTNER_INVITED", "INVITATION_ACCEPTED", "TIP_LINKED", "RELEASE_REFUSED"))
                .body("items[4].details.recipient", equalTo("la.sekong"))
                .body("items[4].details.reason", equalTo("AGREEMENT_EXPIRED"));
    }

    @Test
    void nationalOnlyNeverLeavesTheOriginatingForce() {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        TipReceived tip = triagedTip("vn.hue", Priority.FLASH, Tlp.GREEN, Releasability.NATIONAL_ONLY, List.of());
        UUID operation = Api.open("vn.hue", Api.hueSalavan());

        Api.link("vn.hue", operation, tip.tipId());

        assertRefused(tip, "vn.hue", "la.salavan", "NATIONAL_ONLY");
    }

    @Test
    void tlpRedNeverLeavesTheOriginatingForce() {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        TipReceived tip = triagedTip("vn.hue", Priority.FLASH, Tlp.RED, Releasability.INTERPOL, List.of("la.salavan"));
        UUID operation = Api.open("vn.hue", Api.hueSalavan());

        Api.link("vn.hue", operation, tip.tipId());

        assertRefused(tip, "vn.hue", "la.salavan", "TLP_RED");
    }

    @Test
    void bilateralGoesOnlyToTheAgencyNamed() throws IOException {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        Api.agreement("vn.hue", "la.champasak", "2025-01-01", null);
        TipReceived tip = triagedTip("vn.hue", Priority.ROUTINE, Tlp.AMBER_STRICT, Releasability.BILATERAL, List.of("la.salavan"));
        UUID operation = Api.open("vn.hue", Api.operation("vn.hue", List.of("la.salavan", "la.champasak"), "DRUG_TRAFFICKING",
                List.of("VN-26", "LA-SL", "LA-CH"), LocalDate.now().minusDays(3), null));

        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            Api.link("vn.hue", operation, tip.tipId());

            JsonNode alert = alertFor(watcher, tip);
            assertEquals(List.of("la.salavan"), strings(alert.get("recipientAgencies")));
            assertEquals("AMBER+STRICT", alert.get("handlingCode").get("tlp").asText());
            assertEquals("BILATERAL", alert.get("handlingCode").get("releasability").asText());
        }
        Api.analyst("vn.hue").get("/api/v1/tips/{id}/releases", tip.tipId())
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("totalItems", equalTo(1))
                .body("items[0].requested", equalTo(true))
                .body("items[0].recipients", contains("la.salavan"))
                .body("items[0].refusals.recipient", contains("la.champasak"))
                .body("items[0].refusals.reason", contains("NOT_NAMED_FOR_BILATERAL_RELEASE"));
    }

    @Test
    void crossBorderFlashTriageRequestsAlertToNamedPartnersWithAgreement() throws IOException {
        Api.noAgreement("vn.hue", "la.savannakhet");
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 777 001")));

        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            feed.triaged(tip, TipFeed.triage(tip, Priority.FLASH, Tlp.AMBER, Releasability.REGIONAL, true, List.of("la.salavan", "la.savannakhet")));

            JsonNode alert = alertFor(watcher, tip);
            assertEquals(List.of("la.salavan"), strings(alert.get("recipientAgencies")));
            assertEquals("FLASH", alert.get("priority").asText());
            assertTrue(alert.get("references").get("operationId").isNull());
        }
        Api.analyst("vn.hue").get("/api/v1/tips/{id}/releases", tip.tipId())
                .then().statusCode(200)
                .body("items[0].trigger", equalTo("CROSS_BORDER_TRIAGE"))
                .body("items[0].refusals.recipient", contains("la.savannakhet"))
                .body("items[0].refusals.reason", contains("NO_AGREEMENT"));
    }

    @Test
    void partnerAlertedAtTriageIsNotAlertedAgainWhenTheTipIsLinked() throws IOException {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 777 002")));
        UUID operation = Api.open("vn.hue", Api.hueSalavan());

        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            feed.triaged(tip, TipFeed.triage(tip, Priority.FLASH, Tlp.AMBER, Releasability.BILATERAL, true, List.of("la.salavan")));
            alertFor(watcher, tip);
            Api.link("vn.hue", operation, tip.tipId());

            assertEquals(1, watcher.drain(r -> new String(r.value(), StandardCharsets.UTF_8).contains(tip.tipId().toString()),
                    java.time.Duration.ofSeconds(3)).size());
        }
    }

    @Test
    void routineCrossBorderTriageRequestsNothing() {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        TipReceived tip = triagedTip("vn.hue", Priority.ROUTINE, Tlp.AMBER, Releasability.REGIONAL, List.of("la.salavan"));

        Api.analyst("vn.hue").get("/api/v1/tips/{id}/releases", tip.tipId())
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("totalItems", equalTo(0));
        assertEquals(0, alertRequestsInOutbox(tip));
    }

    @Test
    void redeliveredTriageRequestsOneAlert() {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 777 002")));
        var triage = TipFeed.triage(tip, Priority.URGENT, Tlp.GREEN, Releasability.REGIONAL, true, List.of("la.salavan"));
        String eventId = UUID.randomUUID().toString();

        feed.send(eventId, triage);
        feed.send(eventId, triage);
        feed.send(new TipDismissed(tip.tipId(), tip.reference(), tip.receivingAgency(), "Đã chuyển cơ quan khác", OffsetDateTime.now(ZoneOffset.UTC)));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "DISMISSED".equals(
                Api.analyst("vn.hue").get("/api/v1/tips/{id}", tip.tipId()).jsonPath().getString("status")));

        Api.analyst("vn.hue").get("/api/v1/tips/{id}/releases", tip.tipId())
                .then().statusCode(200)
                .body("items", hasSize(1));
        assertEquals(1, alertRequestsInOutbox(tip));
    }

    @Test
    void exerciseOperationRequestsExerciseAlerts() throws IOException {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        TipReceived tip = triagedTip("vn.hue", Priority.ROUTINE, Tlp.CLEAR, Releasability.INTERPOL, List.of());
        Map<String, Object> exercise = Api.hueSalavan();
        exercise.put("exercise", true);
        UUID operation = Api.open("vn.hue", exercise);

        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            Api.link("vn.hue", operation, tip.tipId());

            assertEquals("EXERCISE", alertFor(watcher, tip).get("status").asText());
        }
    }

    @Test
    void untriagedTipIsNotReleased() {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 777 003")));
        UUID operation = Api.open("vn.hue", Api.hueSalavan());

        Api.link("vn.hue", operation, tip.tipId());

        assertRefused(tip, "vn.hue", "la.salavan", "NOT_TRIAGED");
    }

    private TipReceived triagedTip(String agency, Priority priority, Tlp tlp, Releasability releasability, List<String> partners) {
        TipReceived tip = feed.received(TipFeed.tip(agency, TipFeed.phones("0905 " + (100 + (int) (Math.random() * 899)) + " 321")));
        feed.triaged(tip, TipFeed.triage(tip, priority, tlp, releasability, false, partners));
        return tip;
    }

    private void assertRefused(TipReceived tip, String agency, String recipient, String reason) {
        Api.analyst(agency).get("/api/v1/tips/{id}/releases", tip.tipId())
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].requested", equalTo(false))
                .body("items[0].recipients", hasSize(0))
                .body("items[0].refusals.recipient", contains(recipient))
                .body("items[0].refusals.reason", contains(reason));
        assertEquals(0, alertRequestsInOutbox(tip));
    }

    /** Alert requests written for the tip: the outbox row commits with the decision, so none there means none ever sent. */
    private int alertRequestsInOutbox(TipReceived tip) {
        return ((Number) em.createNativeQuery("""
                select count(*) from outbox_event where type = 'cases.alert.requested' and payload -> 'references' ->> 'tipId' = :tip""")
                .setParameter("tip", tip.tipId().toString()).getSingleResult()).intValue();
    }

    private JsonNode alertFor(TopicWatcher watcher, TipReceived tip) throws IOException {
        ConsumerRecord<String, byte[]> record = watcher.awaitOne(r -> "cases.alert.requested".equals(TopicWatcher.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains(tip.tipId().toString()));
        JsonNode alert = mapper.readTree(record.value());
        assertTrue(codec.violations(EventType.ALERT_REQUESTED, alert).isEmpty(), () -> codec.violations(EventType.ALERT_REQUESTED, alert).toString());
        assertEquals(alert.get("requestId").asText(), record.key());
        return alert;
    }

    private static List<String> strings(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
