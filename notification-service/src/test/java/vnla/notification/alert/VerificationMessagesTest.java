package vnla.notification.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.Topics;
import vnla.common.event.VerificationMessageSent;
import vnla.common.event.Vocabulary;
import vnla.notification.Fixtures;
import vnla.notification.escalation.EscalationJob;
import vnla.testing.TestClock;
import vnla.testing.TopicWatcher;
import vnla.testing.WebhookReceiver;

/**
 * The messages of a request for verification reach the agency they are addressed to as alerts do: a signed webhook and
 * the partner topic, text byte-exact, once however often the event is redelivered; the request escalates through the
 * requested side's tiers once its deadline passes (the clock moved, not waited), read or not, and stops when answered.
 */
@QuarkusTest
class VerificationMessagesTest {

    static final String SUBJECT = "Nguyễn Văn Hùng, sinh năm 1988, thuê bao +856 20 5555 1234";
    static final String QUESTION = "Đề nghị xác minh đối tượng có đang cư trú tại bản Lạc Khon Phêng, huyện Lao Ngam không; "
            + "đối tượng nghi vận chuyển ma túy tổng hợp qua đường mòn biên giới.";
    static final String FINDINGS = "ບຸກຄົນດັ່ງກ່າວ ອາໄສຢູ່ບ້ານລະຄອນເພັງ ເມືອງລະຄອນເພັງ ແຂວງສາລະວັນ ແຕ່ເດືອນກັນຍາ";
    static final String CONSUMER = "notification-service.alert-requests";
    /** Longer than the escalation job's interval in the test profile (1 s). */
    static final Duration SCHEDULED_ROUND = Duration.ofSeconds(2);

    @Inject
    EventCodec codec;

    @Inject
    PartnerAlertCodec partnerAlerts;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

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

    @Test
    void requestReachesTheRequestedAgencyAsASignedWebhookAndOnItsPartnerTopicOnceByteExact() throws Exception {
        assertTrue(Normalizer.isNormalized(SUBJECT + QUESTION + FINDINGS, Normalizer.Form.NFC));
        // a partner topic filtered to drug trafficking still takes requests, which have no category
        String kafka = given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).contentType(ContentType.JSON)
                .body(Map.of("channel", "KAFKA", "filters", Map.of("categories", List.of("DRUG_TRAFFICKING"))))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .extract().path("id");
        VerificationMessageSent request = Fixtures.verificationRequest(Fixtures.SALAVAN, Vocabulary.Priority.URGENT, inDays(7), SUBJECT, QUESTION);
        try (WebhookReceiver receiver = WebhookReceiver.start();
                TopicWatcher partnerTopic = Fixtures.watch(Topics.partnerAlerts(Fixtures.SALAVAN))) {
            String webhook = Fixtures.subscribeWebhook(Fixtures.SALAVAN, receiver);
            String eventId = UUID.randomUUID().toString();

            Fixtures.send(codec, request, eventId);
            String alertId = Fixtures.awaitAlert(Fixtures.SALAVAN, request.requestId());

            given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN))
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .body("requestId", equalTo(request.requestId().toString()))
                    .body("senderAgency", equalTo(Fixtures.HUE))
                    .body("category", nullValue())
                    .body("area", nullValue())
                    .body("tier", equalTo("BORDER_POST"))
                    .body("acknowledgeBy", notNullValue())
                    .body("references.operationId", equalTo(request.operationId().toString()))
                    .body("verification.reference", equalTo(request.reference()))
                    .body("verification.message", equalTo("SENT"))
                    .body("verification.subject", equalTo(SUBJECT))
                    .body("verification.text", equalTo(QUESTION))
                    .body("verification.actor", nullValue())
                    .body("info.find { it.language == 'vi' }.headline", startsWith("KHẨN: Đề nghị xác minh " + request.reference()))
                    .body("info.find { it.language == 'lo' }.headline", startsWith("ດ່ວນ: ຄຳຮ້ອງຂໍກວດສອບ " + request.reference()))
                    .body("info.find { it.language == 'en' }.instruction", startsWith("Answer the request in case-service before "));

            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.callsFor(alertId).isEmpty());
            WebhookReceiver.Call call = receiver.callsFor(alertId).get(0);
            assertTrue(call.verified(), "signed with the subscription's secret (Standard Webhooks)");
            assertEquals(PartnerAlert.VERIFICATION_TYPE, call.json().path("type").asText());
            JsonNode data = call.json().path("data");
            assertEquals(Set.of(), partnerAlerts.violations(data));
            assertEquals(QUESTION, data.path("verification").path("text").asText());
            assertEquals(SUBJECT, data.path("verification").path("subject").asText());
            assertTrue(call.body().contains(QUESTION), "the text travels unescaped, byte for byte");

            var record = partnerTopic.awaitOne(r -> request.requestId().toString().equals(r.key()));
            assertEquals(PartnerAlert.VERIFICATION_TYPE, TopicWatcher.header(record, "ce_type"));
            JsonNode onTopic = mapper.readTree(record.value());
            assertEquals(Set.of(), partnerAlerts.violations(onTopic));
            assertEquals(alertId, onTopic.path("alertId").asText());
            assertTrue(new String(record.value(), StandardCharsets.UTF_8).contains(QUESTION));
            assertTrue(onTopic.path("verification").path("actorAgency").asText().equals(Fixtures.HUE));

            // redelivered: nothing changes, nothing is sent again
            Fixtures.send(codec, request, eventId);
            await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from inbox_message where consumer = '" + CONSUMER
                    + "' and event_id = :a", eventId) == 1);
            assertEquals(1, receiver.drainFor(alertId, Duration.ofSeconds(2)).size());
            assertEquals(1L, count("select count(*) from alert where request_id = :a", request.requestId()));
            Fixtures.unsubscribe(Fixtures.SALAVAN, webhook);
        } finally {
            Fixtures.unsubscribe(Fixtures.SALAVAN, kafka);
        }
    }

    @Test
    void unansweredRequestEscalatesThroughTheTiersAtItsDeadlineReadOrNotAndStopsWhenAnswered() throws Exception {
        VerificationMessageSent request = Fixtures.verificationRequest(Fixtures.HOUAPHANH, Vocabulary.Priority.FLASH, inDays(2), SUBJECT, QUESTION);
        try (WebhookReceiver hue = WebhookReceiver.start(); WebhookReceiver houaphanh = WebhookReceiver.start();
                TopicWatcher events = Fixtures.watch(Topics.NOTIFICATIONS_ALERTS)) {
            String hueWebhook = Fixtures.subscribeWebhook(Fixtures.HUE, hue);
            String houaphanhWebhook = Fixtures.subscribeWebhook(Fixtures.HOUAPHANH, houaphanh);
            Fixtures.send(codec, request, UUID.randomUUID().toString());
            String alertId = Fixtures.awaitAlert(Fixtures.HOUAPHANH, request.requestId());

            // read is not answered: the deadline still holds
            given().auth().oauth2(Fixtures.liaison(Fixtures.HOUAPHANH)).contentType(ContentType.JSON)
                    .body(Map.of("officerName", "ບຸນມີ ພົມມະວົງ", "officerRank", "ຮ້ອຍເອກ"))
                    .when().post("/api/v1/alerts/" + alertId + "/acknowledgements")
                    .then().statusCode(201);
            given().auth().oauth2(Fixtures.liaison(Fixtures.HOUAPHANH))
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .body("acknowledgement.officerName", equalTo("ບຸນມີ ພົມມະວົງ"))
                    .body("acknowledgeBy", notNullValue());
            // the request is answered in case-service, not as feedback on an alert
            given().auth().oauth2(Fixtures.liaison(Fixtures.HOUAPHANH)).contentType(ContentType.JSON)
                    .body(Map.of("result", "CONFIRMED", "note", FINDINGS, "language", "lo"))
                    .when().post("/api/v1/alerts/" + alertId + "/answers")
                    .then().statusCode(409)
                    .contentType("application/problem+json");

            job.escalateBatch();
            escalations(Fixtures.HOUAPHANH, alertId, 0);
            clock.advance(Duration.ofDays(2).plusMinutes(1));
            job.escalateBatch();
            escalations(Fixtures.HOUAPHANH, alertId, 1).body("[0].fromTier", equalTo("BORDER_POST")).body("[0].toTier", equalTo("DISTRICT"));
            clock.advance(deadlines.deadline(Vocabulary.Priority.FLASH).plusSeconds(1));
            job.escalateBatch();
            escalations(Fixtures.HOUAPHANH, alertId, 2).body("[1].toTier", equalTo("PROVINCE"));
            // each tier's copy reaches the partner, still a request for verification
            await().atMost(Duration.ofSeconds(30)).until(() -> houaphanh.callsFor(alertId).stream().anyMatch(c -> c.verified()
                    && "PROVINCE".equals(c.json().path("data").path("tier").asText())
                    && PartnerAlert.VERIFICATION_TYPE.equals(c.json().path("type").asText())));
            var escalated = events.await(r -> alertId.equals(r.key())
                    && EventType.ALERT_ESCALATED.type().equals(TopicWatcher.header(r, "ce_type")), 2, Duration.ofSeconds(30));
            JsonNode event = mapper.readTree(escalated.get(0).value());
            assertEquals(Set.of(), codec.violations(EventType.ALERT_ESCALATED, event));
            assertEquals(request.requestId().toString(), event.path("requestId").asText());
            assertEquals(request.operationId().toString(), event.path("references").path("operationId").asText());

            VerificationMessageSent answer = Fixtures.verificationAnswer(request, VerificationMessageSent.Result.CONFIRMED, FINDINGS);
            Fixtures.send(codec, answer, UUID.randomUUID().toString());
            String answerId = Fixtures.awaitAlert(Fixtures.HUE, request.requestId());
            given().auth().oauth2(Fixtures.liaison(Fixtures.HOUAPHANH))
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .body("tier", equalTo("PROVINCE"))
                    .body("acknowledgeBy", nullValue());
            clock.advance(deadlines.deadline(Vocabulary.Priority.FLASH).plusSeconds(1));
            job.escalateBatch();
            escalations(Fixtures.HOUAPHANH, alertId, 2);

            await().atMost(Duration.ofSeconds(30)).until(() -> !hue.callsFor(answerId).isEmpty());
            WebhookReceiver.Call call = hue.callsFor(answerId).get(0);
            assertTrue(call.verified());
            JsonNode data = call.json().path("data");
            assertEquals(Set.of(), partnerAlerts.violations(data));
            assertEquals(FINDINGS, data.path("verification").path("text").asText());
            assertEquals("CONFIRMED", data.path("verification").path("result").asText());
            assertEquals(Fixtures.HOUAPHANH, data.path("senderAgency").asText());
            assertTrue(call.body().contains(FINDINGS));
            Fixtures.unsubscribe(Fixtures.HUE, hueWebhook);
            Fixtures.unsubscribe(Fixtures.HOUAPHANH, houaphanhWebhook);
        }
    }

    /**
     * A request given three days, still unanswered a day before its deadline, reaches its tier once more, marked as a
     * reminder (same alert, remindedAt, the headline says so in each language), and does not escalate; one answered in
     * time is not reminded.
     */
    @Test
    void requestStillUnansweredADayBeforeItsDeadlineIsRemindedOnceAtItsTier() throws Exception {
        VerificationMessageSent unanswered = Fixtures.verificationRequest(Fixtures.SALAVAN, Vocabulary.Priority.ROUTINE, inDays(3), SUBJECT, QUESTION);
        VerificationMessageSent answered = Fixtures.verificationRequest(Fixtures.SALAVAN, Vocabulary.Priority.ROUTINE, inDays(3), SUBJECT, QUESTION);
        try (WebhookReceiver salavan = WebhookReceiver.start()) {
            String webhook = Fixtures.subscribeWebhook(Fixtures.SALAVAN, salavan);
            Fixtures.send(codec, unanswered, UUID.randomUUID().toString());
            Fixtures.send(codec, answered, UUID.randomUUID().toString());
            String alertId = Fixtures.awaitAlert(Fixtures.SALAVAN, unanswered.requestId());
            String answeredId = Fixtures.awaitAlert(Fixtures.SALAVAN, answered.requestId());
            Fixtures.send(codec, Fixtures.verificationAnswer(answered, VerificationMessageSent.Result.NOT_FOUND, FINDINGS), UUID.randomUUID().toString());
            Fixtures.awaitAlert(Fixtures.HUE, answered.requestId());
            await().atMost(Duration.ofSeconds(30)).until(() -> salavan.callsFor(alertId).size() == 1 && salavan.callsFor(answeredId).size() == 1);
            assertTrue(salavan.callsFor(alertId).get(0).json().path("data").path("remindedAt").isMissingNode());

            clock.advance(Duration.ofDays(2).plusMinutes(1));
            job.remindBatch();
            await().atMost(Duration.ofSeconds(30)).until(() -> salavan.callsFor(alertId).size() == 2);
            WebhookReceiver.Call reminder = salavan.callsFor(alertId).get(1);
            assertTrue(reminder.verified());
            JsonNode data = reminder.json().path("data");
            assertEquals(Set.of(), partnerAlerts.violations(data));
            assertEquals(PartnerAlert.VERIFICATION_TYPE, reminder.json().path("type").asText());
            assertEquals(alertId, data.path("alertId").asText());
            assertEquals("BORDER_POST", data.path("tier").asText());
            assertTrue(data.path("remindedAt").isTextual());
            assertEquals(QUESTION, data.path("verification").path("text").asText());
            Map<String, String> headlines = new java.util.HashMap<>();
            data.path("info").forEach(info -> headlines.put(info.path("language").asText(), info.path("headline").asText()));
            assertTrue(headlines.get("vi").startsWith("Nhắc lại: "), headlines.toString());
            assertTrue(headlines.get("lo").startsWith("ແຈ້ງເຕືອນຄືນ: "), headlines.toString());
            assertTrue(headlines.get("en").startsWith("Reminder: "), headlines.toString());

            // once only, no escalation before the deadline, and nothing for the request answered in time
            job.remindBatch();
            job.escalateBatch();
            assertEquals(2, salavan.drainFor(alertId, SCHEDULED_ROUND).size());
            assertEquals(1, salavan.callsFor(answeredId).size());
            escalations(Fixtures.SALAVAN, alertId, 0);
            given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN))
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .body("remindedAt", notNullValue())
                    .body("acknowledgeBy", notNullValue());
            Fixtures.unsubscribe(Fixtures.SALAVAN, webhook);
        }
    }

    @Test
    void answerArrivingBeforeItsRequestWaitsForItAndNothingEscalates() {
        VerificationMessageSent request = Fixtures.verificationRequest(Fixtures.SEKONG, Vocabulary.Priority.ROUTINE, inDays(1), SUBJECT, QUESTION);
        VerificationMessageSent answer = Fixtures.verificationAnswer(request, VerificationMessageSent.Result.NOT_FOUND, FINDINGS);

        Fixtures.send(codec, answer, UUID.randomUUID().toString());
        Fixtures.send(codec, request, UUID.randomUUID().toString());
        String alertId = Fixtures.awaitAlert(Fixtures.SEKONG, request.requestId());
        Fixtures.awaitAlert(Fixtures.HUE, request.requestId());

        given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG))
                .when().get("/api/v1/alerts/" + alertId)
                .then().statusCode(200)
                .body("acknowledgeBy", nullValue());
        clock.advance(Duration.ofDays(2));
        job.escalateBatch();
        escalations(Fixtures.SEKONG, alertId, 0);
    }

    /**
     * The alert's escalations once there are {@code count}: the scheduled round may be the one that escalates (an explicit
     * round then skips the locked row), so the count is awaited; a count that must stay is read after a round of the
     * scheduled job has passed as well.
     */
    private static io.restassured.response.ValidatableResponse escalations(String agency, String alertId, int count) {
        await().pollDelay(SCHEDULED_ROUND).atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Fixtures.liaison(agency))
                .when().get("/api/v1/alerts/" + alertId + "/escalations")
                .then().statusCode(200)
                .extract().jsonPath().getList("$").size() == count);
        return given().auth().oauth2(Fixtures.liaison(agency))
                .when().get("/api/v1/alerts/" + alertId + "/escalations")
                .then().statusCode(200)
                .body("$", hasSize(count));
    }

    private static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(days).truncatedTo(ChronoUnit.MICROS);
    }

    private long count(String sql, Object a) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter("a", a).getSingleResult()).longValue());
    }
}
