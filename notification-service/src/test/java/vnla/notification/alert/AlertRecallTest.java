package vnla.notification.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.common.event.AlertRequested;
import vnla.common.event.AlertWithdrawn;
import vnla.common.event.EventCodec;
import vnla.common.event.HandlingCode;
import vnla.common.event.Topics;
import vnla.common.event.Vocabulary;
import vnla.notification.Fixtures;
import vnla.notification.escalation.EscalationJob;
import vnla.testing.TopicWatcher;
import vnla.testing.WebhookReceiver;

/** case-service withdraws a release: the partner gets a CAP Cancel or Update naming the earlier alert, and the earlier one stops. */
@QuarkusTest
class AlertRecallTest {

    private static final HandlingCode RED = new HandlingCode(Vocabulary.Tlp.RED, Vocabulary.Releasability.BILATERAL);

    @Inject
    EventCodec codec;

    @Inject
    PartnerAlertCodec partnerAlerts;

    @Inject
    ObjectMapper mapper;

    @Inject
    EscalationJob escalation;

    @Inject
    EntityManager em;

    @Test
    void cancelAfterRedRetriageReachesTheWebhookAndStopsTheEarlierAlert() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String subscription = Fixtures.subscribeWebhook(Fixtures.CHAMPASAK, receiver);
            AlertRequested request = Fixtures.request(Fixtures.CHAMPASAK, Vocabulary.Priority.URGENT);
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(Fixtures.CHAMPASAK, request);
            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.callsFor(alertId).isEmpty());

            AlertWithdrawn withdrawal = Fixtures.withdrawal(request, List.of(Fixtures.CHAMPASAK), Vocabulary.MessageType.CANCEL,
                    AlertWithdrawn.Reason.RETRIAGED_RED, RED);
            Fixtures.send(codec, withdrawal);
            String cancelId = awaitRecall(Fixtures.CHAMPASAK, request, "CANCEL");

            WebhookReceiver.Call call = await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsFor(cancelId).stream()
                    .findFirst().orElse(null), c -> c != null);
            assertTrue(call.verified(), "signed with the subscription's secret");
            JsonNode data = call.json().path("data");
            assertEquals(Set.of(), partnerAlerts.violations(data));
            assertEquals("CANCEL", data.path("messageType").asText());
            assertEquals("RED", data.path("handlingCode").path("tlp").asText(), "a cancel goes out whatever its new code");
            assertEquals(alertId, data.path("references").path("alerts").path(0).path("identifier").asText());
            assertEquals("vn.hue", data.path("references").path("alerts").path(0).path("sender").asText());
            assertEquals("HUE-2026-000123", data.path("references").path("tipReference").asText());
            assertFalse(call.body().contains("xe máy"), "the recalled tip's text does not travel again");
            assertFalse(call.body().contains("A Dớt"), "nor the place it named");
            assertTrue(data.path("info").findValues("description").isEmpty());

            given().auth().oauth2(Fixtures.liaison(Fixtures.CHAMPASAK))
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .body("messageType", equalTo("ALERT"))
                    .body("cancelled.by", equalTo(cancelId))
                    .body("cancelled.reason", equalTo("RETRIAGED_RED"))
                    .body("cancelled.at", org.hamcrest.Matchers.notNullValue())
                    .body("acknowledgeBy", nullValue());
            given().auth().oauth2(Fixtures.liaison(Fixtures.CHAMPASAK))
                    .when().get("/api/v1/alerts/" + cancelId)
                    .then().statusCode(200)
                    .body("messageType", equalTo("CANCEL"))
                    .body("status", equalTo("ACTUAL"))
                    .body("priority", equalTo("URGENT"))
                    .body("handlingCode.tlp", equalTo("RED"))
                    .body("references.alerts[0].identifier", equalTo(alertId))
                    .body("info.find { it.language == 'vi' }.headline", startsWith("Huỷ cảnh báo"))
                    .body("info.find { it.language == 'lo' }.headline", startsWith("ຍົກເລີກແຈ້ງເຕືອນ"))
                    .body("info.find { it.language == 'en' }.headline", startsWith("Cancelled:"))
                    .body("info", everyItem(not(hasKey("description"))))
                    .body("acknowledgeBy", nullValue());

            // its deadline passes: the escalation job leaves a cancelled alert alone
            UUID earlier = UUID.fromString(alertId);
            QuarkusTransaction.requiringNew().run(() -> Alert.<Alert>findById(earlier).ackDeadline = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5));
            escalation.escalateBatch();
            given().auth().oauth2(Fixtures.liaison(Fixtures.CHAMPASAK))
                    .when().get("/api/v1/alerts/" + alertId + "/escalations")
                    .then().statusCode(200)
                    .body("", hasSize(0));
            given().auth().oauth2(Fixtures.liaison(Fixtures.CHAMPASAK))
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .body("tier", equalTo("BORDER_POST"));
            Fixtures.unsubscribe(Fixtures.CHAMPASAK, subscription);
        }
    }

    @Test
    void pendingRetryOfTheEarlierAlertIsNotSentAfterTheCancel() {
        try (WebhookReceiver receiver = WebhookReceiver.start()
                .answering(n -> n == 1 ? new WebhookReceiver.Reply(429, "60") : WebhookReceiver.Reply.of(204))) {
            String subscription = Fixtures.subscribeWebhook(Fixtures.SAVANNAKHET, receiver);
            AlertRequested request = Fixtures.request(Fixtures.SAVANNAKHET, Vocabulary.Priority.ROUTINE);
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(Fixtures.SAVANNAKHET, request);
            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.callsFor(alertId).isEmpty());
            // throttled: the retry waits for Retry-After (capped at 2 s in the test profile); moved far into the future, it is
            // certainly still pending when the cancel arrives
            await().atMost(Duration.ofSeconds(10)).until(() -> 1 == update(
                    "update delivery set next_attempt_at = now() + interval '1 hour' where alert_id = :a and status = 'PENDING' and attempts = 1",
                    UUID.fromString(alertId)));

            Fixtures.send(codec, Fixtures.withdrawal(request, List.of(Fixtures.SAVANNAKHET), Vocabulary.MessageType.CANCEL,
                    AlertWithdrawn.Reason.AGREEMENT_SUSPENDED, Fixtures.AMBER_BILATERAL));
            String cancelId = awaitRecall(Fixtures.SAVANNAKHET, request, "CANCEL");
            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.callsFor(cancelId).isEmpty());

            // were it still pending, it would be due now
            update("update delivery set next_attempt_at = now() - interval '1 second' where alert_id = :a", UUID.fromString(alertId));
            assertEquals(1, receiver.drainFor(alertId, Duration.ofSeconds(3)).size(), "the earlier alert is never sent again");
            given().auth().oauth2(Fixtures.liaison(Fixtures.SAVANNAKHET))
                    .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                    .then().statusCode(200)
                    .body("items[0].status", equalTo("CANCELLED"))
                    .body("items[0].attempts", hasSize(1));
            String deliveryId = given().auth().oauth2(Fixtures.liaison(Fixtures.SAVANNAKHET))
                    .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                    .then().extract().path("items[0].id");
            given().auth().oauth2(Fixtures.liaison(Fixtures.SAVANNAKHET))
                    .when().post("/api/v1/alerts/" + alertId + "/deliveries/" + deliveryId + "/retry")
                    .then().statusCode(409)
                    .contentType("application/problem+json");
            Fixtures.unsubscribe(Fixtures.SAVANNAKHET, subscription);
        }
    }

    @Test
    void kafkaSubscriberReadsTheCancelFromItsPartnerTopic() throws Exception {
        String subscription = given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG)).contentType(ContentType.JSON)
                .body(Map.of("channel", "KAFKA"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .extract().path("id");
        try (TopicWatcher partnerTopic = Fixtures.watch(Topics.partnerAlerts(Fixtures.SEKONG))) {
            AlertRequested request = Fixtures.request(Fixtures.SEKONG, Vocabulary.Priority.FLASH);
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(Fixtures.SEKONG, request);
            partnerTopic.awaitOne(r -> alertId.equals(r.key()));

            Fixtures.send(codec, Fixtures.withdrawal(request, List.of(Fixtures.SEKONG), Vocabulary.MessageType.CANCEL,
                    AlertWithdrawn.Reason.RETRIAGED_NATIONAL_ONLY,
                    new HandlingCode(Vocabulary.Tlp.AMBER, Vocabulary.Releasability.NATIONAL_ONLY)));
            String cancelId = awaitRecall(Fixtures.SEKONG, request, "CANCEL");

            // keyed by the alert it recalls: the cancel follows it on the same partition
            var record = partnerTopic.awaitOne(r -> alertId.equals(r.key()) && new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains(cancelId));
            JsonNode cancel = mapper.readTree(record.value());
            assertEquals(cancelId, cancel.path("alertId").asText());
            assertEquals(Set.of(), partnerAlerts.violations(cancel));
            assertEquals("CANCEL", cancel.path("messageType").asText());
            assertEquals("NATIONAL_ONLY", cancel.path("handlingCode").path("releasability").asText());
            assertEquals(alertId, cancel.path("references").path("alerts").path(0).path("identifier").asText());
            assertTrue(cancel.path("info").findValues("description").isEmpty());
        } finally {
            Fixtures.unsubscribe(Fixtures.SEKONG, subscription);
        }
    }

    @Test
    void updateNarrowsTheHandlingCodeWithoutTheFreeText() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String subscription = Fixtures.subscribeWebhook(Fixtures.LUANG_PRABANG, receiver);
            AlertRequested request = Fixtures.request(List.of(Fixtures.LUANG_PRABANG), Vocabulary.Priority.ROUTINE,
                    Vocabulary.MessageStatus.EXERCISE, new HandlingCode(Vocabulary.Tlp.GREEN, Vocabulary.Releasability.REGIONAL));
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(Fixtures.LUANG_PRABANG, request);

            Fixtures.send(codec, Fixtures.withdrawal(request, List.of(Fixtures.LUANG_PRABANG), Vocabulary.MessageType.UPDATE,
                    AlertWithdrawn.Reason.HANDLING_CODE_NARROWED, new HandlingCode(Vocabulary.Tlp.AMBER, Vocabulary.Releasability.BILATERAL)));
            String updateId = awaitRecall(Fixtures.LUANG_PRABANG, request, "UPDATE");

            WebhookReceiver.Call call = await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsFor(updateId).stream()
                    .findFirst().orElse(null), c -> c != null);
            assertTrue(call.verified());
            JsonNode data = call.json().path("data");
            assertEquals(Set.of(), partnerAlerts.violations(data));
            assertEquals("UPDATE", data.path("messageType").asText());
            assertEquals("EXERCISE", data.path("status").asText(), "the status of the earlier alert");
            assertEquals("AMBER", data.path("handlingCode").path("tlp").asText());
            assertEquals(alertId, data.path("references").path("alerts").path(0).path("identifier").asText());
            assertFalse(call.body().contains("xe máy"));
            given().auth().oauth2(Fixtures.liaison(Fixtures.LUANG_PRABANG))
                    .when().get("/api/v1/alerts/" + updateId)
                    .then().statusCode(200)
                    .body("info.find { it.language == 'vi' }.headline", org.hamcrest.Matchers.containsString("Cập nhật cảnh báo"))
                    .body("info.find { it.language == 'lo' }.headline", org.hamcrest.Matchers.containsString("ປັບປຸງແຈ້ງເຕືອນ"))
                    .body("info.find { it.language == 'en' }.instruction", org.hamcrest.Matchers.containsString("AMBER / BILATERAL"))
                    .body("info", everyItem(not(hasKey("description"))));
            given().auth().oauth2(Fixtures.liaison(Fixtures.LUANG_PRABANG))
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .body("superseded.by", equalTo(updateId))
                    .body("superseded.reason", equalTo("HANDLING_CODE_NARROWED"))
                    .body("handlingCode.releasability", equalTo("BILATERAL"))
                    .body("$", not(hasKey("cancelled")));
            Fixtures.unsubscribe(Fixtures.LUANG_PRABANG, subscription);
        }
    }

    @Test
    void redeliveredWithdrawalRecallsOnceAndSkipsRecipientsThatHadNoAlert() {
        AlertRequested request = Fixtures.request(Fixtures.HOUAPHANH, Vocabulary.Priority.ROUTINE);
        Fixtures.send(codec, request);
        String alertId = Fixtures.awaitAlert(Fixtures.HOUAPHANH, request);
        AlertWithdrawn withdrawal = Fixtures.withdrawal(request, List.of(Fixtures.HOUAPHANH, Fixtures.SAVANNAKHET),
                Vocabulary.MessageType.CANCEL, AlertWithdrawn.Reason.TIP_DISMISSED, Fixtures.AMBER_BILATERAL);

        String eventId = Fixtures.send(codec, withdrawal);
        Fixtures.send(codec, withdrawal, eventId);
        String resent = Fixtures.send(codec, withdrawal);
        await().atMost(Duration.ofSeconds(60)).until(() -> handled(eventId) && handled(resent));

        assertEquals(1L, count("select count(*) from alert where withdrawal_id = :a", withdrawal.withdrawalId()),
                "one recall, for the one recipient that had the alert");
        assertEquals(2L, count("select count(*) from alert where request_id = :a", request.requestId()));
        String cancelId = awaitRecall(Fixtures.HOUAPHANH, request, "CANCEL");
        given().auth().oauth2(Fixtures.liaison(Fixtures.HOUAPHANH))
                .when().get("/api/v1/alerts/" + alertId)
                .then().statusCode(200)
                .body("cancelled.by", equalTo(cancelId));
    }

    @Test
    void withdrawalBeforeItsRequestIsKeptAndRecallsTheAlertRightAfterTheRequestArrives() {
        AlertRequested request = Fixtures.request(Fixtures.SALAVAN, Vocabulary.Priority.FLASH);
        AlertWithdrawn withdrawal = Fixtures.withdrawal(request, List.of(Fixtures.SALAVAN), Vocabulary.MessageType.CANCEL,
                AlertWithdrawn.Reason.AGREEMENT_TERMINATED, RED);
        try (TopicWatcher dlq = Fixtures.watch(Topics.CASES_ALERT_REQUESTS + Topics.DEAD_LETTER_SUFFIX)) {
            String eventId = Fixtures.send(codec, withdrawal);
            await().atMost(Duration.ofSeconds(60)).until(() -> handled(eventId)
                    && count("select count(*) from parked_event where event_id = :a", eventId) == 1);

            assertEquals(0L, count("select count(*) from alert where request_id = :a", request.requestId()), "nothing to recall yet");
            assertTrue(dlq.drain(r -> eventId.equals(TopicWatcher.header(r, "ce_id")), Duration.ofSeconds(2)).isEmpty(), "not dead-lettered");
        }

        Fixtures.send(codec, request);

        // the request's alert and its recall commit together
        String cancelId = awaitRecall(Fixtures.SALAVAN, request, "CANCEL");
        String alertId = awaitRecall(Fixtures.SALAVAN, request, "ALERT");
        given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN))
                .when().get("/api/v1/alerts/" + alertId)
                .then().statusCode(200)
                .body("cancelled.by", equalTo(cancelId));
        assertEquals(1L, count("select count(*) from alert where withdrawal_id = :a", withdrawal.withdrawalId()), "recalled once");
        assertEquals(0L, count("select count(*) from parked_event where aggregate_id = :a", request.requestId().toString()));
    }

    @Test
    void updateToACodeThatMayNotLeaveIsSentAsACancel() {
        assertEquals(Vocabulary.MessageType.CANCEL, AlertRecalls.type(Vocabulary.MessageType.UPDATE, RED));
        assertEquals(Vocabulary.MessageType.CANCEL, AlertRecalls.type(Vocabulary.MessageType.CANCEL, Fixtures.AMBER_BILATERAL));
        assertEquals(Vocabulary.MessageType.UPDATE, AlertRecalls.type(Vocabulary.MessageType.UPDATE, Fixtures.AMBER_BILATERAL));
    }

    /** The id of the recall of {@code type} issued to {@code agency} for {@code request}, once it exists. */
    private static String awaitRecall(String agency, AlertRequested request, String type) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(Fixtures.liaison(agency))
                .queryParam("requestId", request.requestId().toString())
                .when().get("/api/v1/alerts")
                .then().statusCode(200)
                .extract().<String>path("items.find { it.messageType == '" + type + "' }.id"), id -> id != null);
    }

    private boolean handled(String eventId) {
        return count("select count(*) from inbox_message where consumer = '" + AlertRequestsConsumer.CONSUMER + "' and event_id = :a",
                eventId) == 1;
    }

    private long count(String sql, Object a) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter("a", a).getSingleResult()).longValue());
    }

    private int update(String sql, Object a) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).setParameter("a", a).executeUpdate());
    }
}
