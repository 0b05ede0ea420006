package vnla.notification.escalation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.common.event.AlertRequested;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.Topics;
import vnla.common.event.Vocabulary;
import vnla.notification.Fixtures;
import vnla.notification.alert.AcknowledgementDeadlines;
import vnla.testing.TestClock;
import vnla.testing.TopicWatcher;
import vnla.testing.WebhookReceiver;

/** FLASH deadlines are shortened to a few seconds in the test profile. */
@QuarkusTest
class EscalationTest {

    private static final String MINISTRY = "la.mps";

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EscalationJob job;

    @Inject
    AcknowledgementDeadlines deadlines;

    @Inject
    TestClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    /** Moves the services' clock past a FLASH alert's deadline (the production one) and runs an escalation round. */
    private void pastTheFlashDeadline() {
        clock.advance(deadlines.deadline(Vocabulary.Priority.FLASH).plusSeconds(1));
        job.escalateBatch();
    }

    @Test
    void unacknowledgedFlashAlertEscalatesOneTierAndNotifiesItsContacts() throws Exception {
        String etag = given().auth().oauth2(Fixtures.admin(Fixtures.HOUAPHANH))
                .when().get("/api/v1/agencies/" + Fixtures.HOUAPHANH + "/contacts")
                .then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(Fixtures.admin(Fixtures.HOUAPHANH)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("contacts", List.of(
                        Map.of("tier", "BORDER_POST", "name", "ບຸນມີ ພົມມະວົງ", "phone", "+856 20 5555 0101"),
                        Map.of("tier", "DISTRICT", "name", "ສົມສັກ ວົງສາ", "rank", "Major", "phone", "+856 20 5555 0202"))))
                .when().put("/api/v1/agencies/" + Fixtures.HOUAPHANH + "/contacts")
                .then().statusCode(200);
        try (WebhookReceiver receiver = WebhookReceiver.start();
                TopicWatcher events = Fixtures.watch(Topics.NOTIFICATIONS_ALERTS)) {
            String subscriptionId = Fixtures.subscribeWebhook(Fixtures.HOUAPHANH, receiver);
            AlertRequested request = Fixtures.request(Fixtures.HOUAPHANH, Vocabulary.Priority.FLASH);

            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(Fixtures.HOUAPHANH, request);
            pastTheFlashDeadline();

            var escalated = events.await(r -> alertId.equals(r.key())
                    && EventType.ALERT_ESCALATED.type().equals(TopicWatcher.header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
            JsonNode event = mapper.readTree(escalated.value());
            assertEquals(Set.of(), codec.violations(EventType.ALERT_ESCALATED, event));
            assertEquals("BORDER_POST", event.path("fromTier").asText());
            assertEquals("DISTRICT", event.path("toTier").asText());
            given().auth().oauth2(Fixtures.liaison(Fixtures.HOUAPHANH))
                    .when().get("/api/v1/alerts/" + alertId + "/escalations")
                    .then().statusCode(200)
                    .body("[0].fromTier", equalTo("BORDER_POST"))
                    .body("[0].toTier", equalTo("DISTRICT"))
                    .body("[0].deadline", notNullValue())
                    .body("[0].outcome", equalTo("NOTIFIED"))
                    .body("[0].notified.name", contains("ສົມສັກ ວົງສາ"))
                    .body("[0].notified[0].agency", equalTo(Fixtures.HOUAPHANH))
                    .body("[0].notified[0].rank", equalTo("Major"));
            await().atMost(Duration.ofSeconds(40)).until(() -> receiver.callsFor(alertId).stream()
                    .anyMatch(c -> c.verified() && "DISTRICT".equals(c.json().path("data").path("tier").asText())));

            given().auth().oauth2(Fixtures.liaison(Fixtures.HOUAPHANH)).contentType(ContentType.JSON)
                    .body(Map.of("officerName", "ສົມສັກ ວົງສາ", "officerRank", "Major"))
                    .when().post("/api/v1/alerts/" + alertId + "/acknowledgements")
                    .then().statusCode(201);
            Fixtures.unsubscribe(Fixtures.HOUAPHANH, subscriptionId);
        }
    }

    /**
     * Sekong has no subscription and no one on duty: the alert still escalates, the breach is NO_RECIPIENT, the Lao
     * ministry's MINISTRY contacts are notified, and the event the sender reads says only that nobody could be reached.
     */
    @Test
    void escalationToATierWithNobodyIsNoRecipientTellsTheMinistryAndNamesNoOneToTheSender() throws Exception {
        String ministryOfficer = "ພັນເອກ ສົມຈິດ ແສງອາລຸນ";
        replaceContacts(MINISTRY, List.of(Map.of("tier", "MINISTRY", "name", ministryOfficer, "rank", "ພັນເອກ", "phone", "+856 21 212 000")));
        replaceContacts(Fixtures.SEKONG, List.of());
        unsubscribeAll(Fixtures.SEKONG);
        AlertRequested request = Fixtures.request(Fixtures.SEKONG, Vocabulary.Priority.FLASH);
        try (TopicWatcher events = Fixtures.watch(Topics.NOTIFICATIONS_ALERTS)) {
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(Fixtures.SEKONG, request);
            pastTheFlashDeadline();

            var reported = events.await(r -> alertId.equals(r.key()) && (EventType.ALERT_ESCALATED.type().equals(TopicWatcher.header(r, "ce_type"))
                    || EventType.ALERT_REACHED_NO_ONE.type().equals(TopicWatcher.header(r, "ce_type"))), 2, Duration.ofSeconds(30));
            assertEquals(List.of(EventType.ALERT_ESCALATED.type(), EventType.ALERT_REACHED_NO_ONE.type()),
                    reported.stream().map(r -> TopicWatcher.header(r, "ce_type")).toList());
            JsonNode event = mapper.readTree(reported.get(1).value());
            assertEquals(Set.of(), codec.violations(EventType.ALERT_REACHED_NO_ONE, event));
            assertEquals("DISTRICT", event.path("tier").asText());
            assertEquals(Fixtures.SEKONG, event.path("recipientAgency").asText());
            assertEquals(request.requestId().toString(), event.path("requestId").asText());
            String sent = new String(reported.get(1).value(), StandardCharsets.UTF_8);
            for (String partnerDetail : List.of(ministryOfficer, "+856 21 212 000", MINISTRY, "notified", "subscription")) {
                assertFalse(sent.contains(partnerDetail), "the sender's event names no one: " + sent);
            }
            given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG))
                    .when().get("/api/v1/alerts/" + alertId + "/escalations")
                    .then().statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].toTier", equalTo("DISTRICT"))
                    .body("[0].outcome", equalTo("NO_RECIPIENT"))
                    .body("[0].notified.name", contains(ministryOfficer))
                    .body("[0].notified[0].agency", equalTo(MINISTRY))
                    .body("[0].notified[0].rank", equalTo("ພັນເອກ"));
            given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG))
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .body("tier", equalTo("DISTRICT"))
                    .body("acknowledgeBy", notNullValue());
        }
    }

    private static void replaceContacts(String agency, List<Map<String, String>> contacts) {
        String etag = given().auth().oauth2(Fixtures.admin(agency))
                .when().get("/api/v1/agencies/" + agency + "/contacts")
                .then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(Fixtures.admin(agency)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("contacts", contacts))
                .when().put("/api/v1/agencies/" + agency + "/contacts")
                .then().statusCode(200);
    }

    /** Whatever earlier tests left subscribed for the agency stops receiving. */
    private static void unsubscribeAll(String agency) {
        List<Map<String, String>> subscriptions = given().auth().oauth2(Fixtures.liaison(agency)).queryParam("size", 100)
                .when().get("/api/v1/subscriptions")
                .then().statusCode(200)
                .extract().path("items");
        subscriptions.stream().filter(s -> s.get("status").equals("ACTIVE") || s.get("status").equals("PROVISIONING"))
                .forEach(s -> Fixtures.unsubscribe(agency, s.get("id")));
    }

    @Test
    void overdueAlertEscalatesOnceEvenWithSeveralInstances() throws Exception {
        AlertRequested request = Fixtures.request(Fixtures.LUANG_PRABANG, Vocabulary.Priority.URGENT);
        Fixtures.send(codec, request);
        UUID alertId = UUID.fromString(Fixtures.awaitAlert(Fixtures.LUANG_PRABANG, request));
        try (TopicWatcher events = Fixtures.watch(Topics.NOTIFICATIONS_ALERTS)) {
            clock.advance(deadlines.deadline(Vocabulary.Priority.URGENT).plusSeconds(1));

            // three other instances run their escalation round at the same moment as this one's
            ExecutorService instances = Executors.newFixedThreadPool(3);
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                rounds.add(instances.submit(() -> job.escalateBatch()));
            }
            for (Future<Integer> round : rounds) {
                round.get(30, TimeUnit.SECONDS);
            }
            instances.shutdown();

            events.awaitOne(r -> alertId.toString().equals(r.key())
                    && EventType.ALERT_ESCALATED.type().equals(TopicWatcher.header(r, "ce_type")));
            var escalated = events.drain(r -> alertId.toString().equals(r.key())
                    && EventType.ALERT_ESCALATED.type().equals(TopicWatcher.header(r, "ce_type")), Duration.ofSeconds(2));
            assertEquals(1, escalated.size(), "escalated once");
            given().auth().oauth2(Fixtures.liaison(Fixtures.LUANG_PRABANG))
                    .when().get("/api/v1/alerts/" + alertId + "/escalations")
                    .then().statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].toTier", equalTo("DISTRICT"));
            given().auth().oauth2(Fixtures.liaison(Fixtures.LUANG_PRABANG))
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .body("tier", equalTo("DISTRICT"))
                    .body("acknowledgeBy", notNullValue());
        }
    }

    @Test
    void acknowledgedFlashAlertDoesNotEscalate() throws Exception {
        AlertRequested request = Fixtures.request(Fixtures.SEKONG, Vocabulary.Priority.FLASH);
        try (TopicWatcher events = Fixtures.watch(Topics.NOTIFICATIONS_ALERTS)) {
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(Fixtures.SEKONG, request);

            given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG)).contentType(ContentType.JSON)
                    .body(Map.of("officerName", "ແສງທອງ ສີສຸວັນ", "officerRank", "Captain"))
                    .when().post("/api/v1/alerts/" + alertId + "/acknowledgements")
                    .then().statusCode(201)
                    .body("officerName", equalTo("ແສງທອງ ສີສຸວັນ"))
                    .body("acknowledgedBy", equalTo("liaison-officer@la.sekong"));

            var acknowledged = events.awaitOne(r -> alertId.equals(r.key())
                    && EventType.ALERT_ACKNOWLEDGED.type().equals(TopicWatcher.header(r, "ce_type")));
            assertEquals(Set.of(), codec.violations(EventType.ALERT_ACKNOWLEDGED, mapper.readTree(acknowledged.value())));
            pastTheFlashDeadline();
            var escalations = events.drain(r -> alertId.equals(r.key())
                    && EventType.ALERT_ESCALATED.type().equals(TopicWatcher.header(r, "ce_type")), Duration.ofSeconds(2));
            assertTrue(escalations.isEmpty(), "an acknowledged alert never escalates");
            given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG))
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .body("tier", equalTo("BORDER_POST"))
                    .body("acknowledgeBy", nullValue())
                    .body("acknowledgement.officerRank", equalTo("Captain"));
            given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG))
                    .when().get("/api/v1/alerts/" + alertId + "/escalations")
                    .then().statusCode(200)
                    .body("", hasSize(0));
        }
    }

    /** An answer shows someone read the alert: it stops escalation as an acknowledgement does (which it does not replace). */
    @Test
    void answeredFlashAlertDoesNotEscalate() throws Exception {
        AlertRequested request = Fixtures.request(Fixtures.SEKONG, Vocabulary.Priority.FLASH);
        try (TopicWatcher events = Fixtures.watch(Topics.NOTIFICATIONS_ALERTS)) {
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(Fixtures.SEKONG, request);

            given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG)).contentType(ContentType.JSON)
                    .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .body(Map.of("result", "ACTION_TAKEN", "note", "ໄດ້ສົ່ງກຳລັງໄປກວດກາແລ້ວ", "language", "lo"))
                    .when().post("/api/v1/alerts/" + alertId + "/answers")
                    .then().statusCode(201);
            pastTheFlashDeadline();

            var escalations = events.drain(r -> alertId.equals(r.key())
                    && EventType.ALERT_ESCALATED.type().equals(TopicWatcher.header(r, "ce_type")), Duration.ofSeconds(2));
            assertTrue(escalations.isEmpty(), "an answered alert does not escalate");
            given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG))
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .body("tier", equalTo("BORDER_POST"))
                    .body("acknowledgeBy", nullValue())
                    .body("acknowledgement", nullValue());
            given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG))
                    .when().get("/api/v1/alerts/" + alertId + "/escalations")
                    .then().statusCode(200)
                    .body("", hasSize(0));
        }
    }
}
