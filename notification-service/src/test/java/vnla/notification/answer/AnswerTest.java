package vnla.notification.answer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.common.event.AlertAnswered;
import vnla.common.event.AlertRequested;
import vnla.common.event.AlertWithdrawn;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.HandlingCode;
import vnla.common.event.Topics;
import vnla.common.event.Vocabulary;
import vnla.notification.Fixtures;
import vnla.testing.Tokens;
import vnla.testing.TopicWatcher;

/** The receiving agency answers its alert (feedback on an alert); the answer reaches notifications.alerts.v1 for the sender. */
@QuarkusTest
class AnswerTest {

    static final String LO_NOTE = "ໄດ້ກວດກາແລ້ວ: ພົບລົດຈັກສອງຄັນ ຢູ່ບ້ານຕິດຊາຍແດນ ເມືອງຕະໂອ້ຍ, ກຳລັງຕິດຕາມ";
    static final String VI_NOTE = "Đã bắt giữ hai đối tượng, thu giữ 12.000 viên ma túy tổng hợp tại bản A Dớt.";

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    private static String analyst(String agency) {
        return Tokens.forRole("analyst", agency);
    }

    private static Map<String, Object> answer(String result, String note, String language) {
        return Map.of("result", result, "note", note, "language", language);
    }

    private String alertFor(String agency) {
        AlertRequested request = Fixtures.request(agency, Vocabulary.Priority.URGENT);
        Fixtures.send(codec, request);
        return Fixtures.awaitAlert(agency, request);
    }

    private static long answers(String alertId) {
        return QuarkusTransaction.requiringNew().call(() -> Answer.count("alertId", UUID.fromString(alertId)));
    }

    @Test
    void liaisonOfficerAndAnalystAnswerAndTheEventsCarryTheNotesByteExact() throws Exception {
        String alertId = alertFor(Fixtures.SALAVAN);
        try (TopicWatcher events = Fixtures.watch(Topics.NOTIFICATIONS_ALERTS)) {
            String location = given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).contentType(ContentType.JSON)
                    .body(answer("CONFIRMED", LO_NOTE, "lo"))
                    .when().post("/api/v1/alerts/" + alertId + "/answers")
                    .then().statusCode(201)
                    .header("Location", notNullValue())
                    .body("result", equalTo("CONFIRMED"))
                    .body("note", equalTo(LO_NOTE))
                    .body("language", equalTo("lo"))
                    .body("answeredBy", equalTo("liaison-officer@la.salavan"))
                    .extract().header("Location");
            given().auth().oauth2(analyst(Fixtures.SALAVAN)).contentType(ContentType.JSON)
                    .body(answer("ACTION_TAKEN", VI_NOTE, "vi"))
                    .when().post("/api/v1/alerts/" + alertId + "/answers")
                    .then().statusCode(201)
                    .body("answeredBy", equalTo("analyst@la.salavan"));

            List<ConsumerRecord<String, byte[]>> answered = events.await(r -> alertId.equals(r.key())
                    && EventType.ALERT_ANSWERED.type().equals(TopicWatcher.header(r, "ce_type")), 2, Duration.ofSeconds(30));
            JsonNode first = mapper.readTree(answered.get(0).value());
            JsonNode second = mapper.readTree(answered.get(1).value());
            assertEquals(Set.of(), codec.violations(EventType.ALERT_ANSWERED, first));
            assertEquals(Set.of(), codec.violations(EventType.ALERT_ANSWERED, second));
            assertEquals("CONFIRMED", first.path("result").asText());
            assertEquals(LO_NOTE, first.path("note").asText());
            // on the wire as UTF-8, unescaped: the very bytes the officer sent
            assertTrue(new String(answered.get(0).value(), StandardCharsets.UTF_8).contains("\"" + LO_NOTE + "\""));
            assertEquals(Fixtures.SALAVAN, first.path("recipientAgency").asText());
            assertEquals("HUE-2026-000123", first.path("references").path("tipReference").asText());
            assertTrue(location.endsWith("/api/v1/alerts/" + alertId + "/answers/" + first.path("answerId").asText()),
                    "Location names the answer the event carries: " + location);
            assertEquals("ACTION_TAKEN", second.path("result").asText());
            assertEquals(VI_NOTE, second.path("note").asText());
        }
        given().auth().oauth2(Fixtures.admin(Fixtures.SALAVAN))
                .when().get("/api/v1/alerts/" + alertId + "/answers")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.result", contains("CONFIRMED", "ACTION_TAKEN"))
                .body("items.note", contains(LO_NOTE, VI_NOTE));
    }

    @Test
    void retryWithTheSameKeyReturnsTheFirstAnswerOnceAndAnotherBodyIs422() throws Exception {
        String alertId = alertFor(Fixtures.SALAVAN);
        String key = UUID.randomUUID().toString();
        String first;
        try (TopicWatcher events = Fixtures.watch(Topics.NOTIFICATIONS_ALERTS)) {
            first = given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(answer("NOT_FOUND", LO_NOTE, "lo"))
                    .when().post("/api/v1/alerts/" + alertId + "/answers")
                    .then().statusCode(201)
                    .extract().path("id");
            given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(answer("NOT_FOUND", LO_NOTE, "lo"))
                    .when().post("/api/v1/alerts/" + alertId + "/answers")
                    .then().statusCode(201)
                    .body("id", equalTo(first));
            given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(answer("FALSE", LO_NOTE, "lo"))
                    .when().post("/api/v1/alerts/" + alertId + "/answers")
                    .then().statusCode(422)
                    .contentType("application/problem+json");

            events.awaitOne(r -> alertId.equals(r.key()) && EventType.ALERT_ANSWERED.type().equals(TopicWatcher.header(r, "ce_type")));
            var answered = events.drain(r -> alertId.equals(r.key()) && EventType.ALERT_ANSWERED.type().equals(TopicWatcher.header(r, "ce_type")),
                    Duration.ofSeconds(2));
            assertEquals(1, answered.size(), "answered once");
        }
        assertEquals(1, answers(alertId));
        given().auth().oauth2(analyst(Fixtures.SALAVAN))
                .when().get("/api/v1/alerts/" + alertId + "/answers/" + first)
                .then().statusCode(200)
                .body("result", equalTo("NOT_FOUND"))
                .body("note", equalTo(LO_NOTE));
    }

    @Test
    void badAnswersAre400NamingTheFieldAndRecordNothing() {
        String alertId = alertFor(Fixtures.SALAVAN);
        String token = Fixtures.liaison(Fixtures.SALAVAN);
        Map<String, Object> noResult = Map.of("note", LO_NOTE, "language", "lo");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(noResult)
                .when().post("/api/v1/alerts/" + alertId + "/answers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("result"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(answer("PERHAPS", LO_NOTE, "lo"))
                .when().post("/api/v1/alerts/" + alertId + "/answers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("result"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(answer("CONFIRMED", "   ", "lo"))
                .when().post("/api/v1/alerts/" + alertId + "/answers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("note"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(answer("CONFIRMED", "ສ".repeat(AnswerRequest.MAX_NOTE + 1), "lo"))
                .when().post("/api/v1/alerts/" + alertId + "/answers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("note"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(answer("CONFIRMED", LO_NOTE, "fr"))
                .when().post("/api/v1/alerts/" + alertId + "/answers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("language"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("result", "CONFIRMED", "note", LO_NOTE, "language", "lo",
                        "officer", "ສົມພອນ"))
                .when().post("/api/v1/alerts/" + alertId + "/answers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("officer"));
        assertEquals(0, answers(alertId));
    }

    @Test
    void onlyTheRecipientAgencyAnswers() {
        String alertId = alertFor(Fixtures.SALAVAN);
        given().auth().oauth2(Fixtures.liaison(Fixtures.HUE)).contentType(ContentType.JSON).body(answer("FALSE", VI_NOTE, "vi"))
                .when().post("/api/v1/alerts/" + alertId + "/answers")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(analyst(Fixtures.SEKONG)).contentType(ContentType.JSON).body(answer("FALSE", LO_NOTE, "lo"))
                .when().post("/api/v1/alerts/" + alertId + "/answers")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.forRole("duty-officer", Fixtures.SALAVAN)).contentType(ContentType.JSON).body(answer("FALSE", LO_NOTE, "lo"))
                .when().post("/api/v1/alerts/" + alertId + "/answers")
                .then().statusCode(403);
        given().auth().oauth2(Fixtures.liaison(Fixtures.HUE))
                .when().get("/api/v1/alerts/" + alertId + "/answers")
                .then().statusCode(404);
        assertEquals(0, answers(alertId));
    }

    @Test
    void aRecalledAlertCannotBeAnsweredAndAnAlertTakesAtMostTenAnswers() {
        AlertRequested request = Fixtures.request(Fixtures.SAVANNAKHET, Vocabulary.Priority.ROUTINE);
        Fixtures.send(codec, request);
        String recalled = Fixtures.awaitAlert(Fixtures.SAVANNAKHET, request);
        Fixtures.send(codec, Fixtures.withdrawal(request, List.of(Fixtures.SAVANNAKHET), Vocabulary.MessageType.CANCEL,
                AlertWithdrawn.Reason.RETRIAGED_RED, new HandlingCode(Vocabulary.Tlp.RED, Vocabulary.Releasability.BILATERAL)));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(Fixtures.liaison(Fixtures.SAVANNAKHET))
                .get("/api/v1/alerts/" + recalled).then().statusCode(200).extract().path("cancelled") != null);
        given().auth().oauth2(Fixtures.liaison(Fixtures.SAVANNAKHET)).contentType(ContentType.JSON).body(answer("CONFIRMED", LO_NOTE, "lo"))
                .when().post("/api/v1/alerts/" + recalled + "/answers")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(0, answers(recalled));

        String alertId = alertFor(Fixtures.SAVANNAKHET);
        for (int i = 0; i < AlertAnswered.MAX_PER_ALERT; i++) {
            given().auth().oauth2(Fixtures.liaison(Fixtures.SAVANNAKHET)).contentType(ContentType.JSON).body(answer("ACTION_TAKEN", LO_NOTE, "lo"))
                    .when().post("/api/v1/alerts/" + alertId + "/answers")
                    .then().statusCode(201);
        }
        given().auth().oauth2(Fixtures.liaison(Fixtures.SAVANNAKHET)).contentType(ContentType.JSON).body(answer("ACTION_TAKEN", LO_NOTE, "lo"))
                .when().post("/api/v1/alerts/" + alertId + "/answers")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(AlertAnswered.MAX_PER_ALERT, answers(alertId));
    }
}
