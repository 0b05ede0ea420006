package vnla.notification.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.testing.WebhookReceiver;
import vnla.common.event.AlertRequested;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.HandlingCode;
import vnla.common.event.Topics;
import vnla.common.event.Vocabulary;
import vnla.notification.Fixtures;
import vnla.testing.EventProducer;
import vnla.testing.TopicWatcher;

@QuarkusTest
class AlertRequestsConsumerTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private static final String CONSUMER = "notification-service.alert-requests";

    @Inject
    EventCodec codec;

    @Inject
    EntityManager em;

    @Test
    void exerciseRequestArrivesAsExerciseAndNotAtPartnersThatRefuseExercises() {
        try (WebhookReceiver acceptsAll = WebhookReceiver.start(); WebhookReceiver actualOnly = WebhookReceiver.start()) {
            String all = Fixtures.subscribeWebhook(Fixtures.CHAMPASAK, acceptsAll);
            String refusing = given().auth().oauth2(Fixtures.liaison(Fixtures.CHAMPASAK)).contentType(ContentType.JSON)
                    .body(Map.of("channel", "WEBHOOK", "url", actualOnly.url(), "filters", Map.of("statuses", List.of("ACTUAL"))))
                    .when().post("/api/v1/subscriptions")
                    .then().statusCode(201)
                    .extract().path("id");
            AlertRequested request = Fixtures.request(List.of(Fixtures.CHAMPASAK), Vocabulary.Priority.URGENT,
                    Vocabulary.MessageStatus.EXERCISE, Fixtures.AMBER_BILATERAL);

            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(Fixtures.CHAMPASAK, request);

            given().auth().oauth2(Fixtures.liaison(Fixtures.CHAMPASAK))
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .body("status", equalTo("EXERCISE"))
                    .body("info.find { it.language == 'vi' }.headline", startsWith("[DIỄN TẬP] "))
                    .body("info.find { it.language == 'lo' }.headline", startsWith("[ການຝຶກຊ້ອມ] "))
                    .body("info.find { it.language == 'en' }.headline", startsWith("[EXERCISE] "));
            await().atMost(Duration.ofSeconds(30)).until(() -> !acceptsAll.callsFor(alertId).isEmpty());
            assertEquals("EXERCISE", acceptsAll.callsFor(alertId).get(0).json().path("data").path("status").asText());
            assertTrue(actualOnly.drainFor(alertId, Duration.ofSeconds(1)).isEmpty(), "a partner may refuse exercises");
            Fixtures.unsubscribe(Fixtures.CHAMPASAK, all);
            Fixtures.unsubscribe(Fixtures.CHAMPASAK, refusing);
        }
    }

    @Test
    void nationalOnlyOrRedRequestsProduceNothing() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String subscription = Fixtures.subscribeWebhook(Fixtures.SALAVAN, receiver);
            AlertRequested nationalOnly = Fixtures.request(List.of(Fixtures.SALAVAN), Vocabulary.Priority.FLASH,
                    Vocabulary.MessageStatus.ACTUAL, new HandlingCode(Vocabulary.Tlp.GREEN, Vocabulary.Releasability.NATIONAL_ONLY));
            AlertRequested red = Fixtures.request(List.of(Fixtures.SALAVAN), Vocabulary.Priority.FLASH,
                    Vocabulary.MessageStatus.ACTUAL, new HandlingCode(Vocabulary.Tlp.RED, Vocabulary.Releasability.BILATERAL));

            String first = Fixtures.send(codec, nationalOnly);
            String second = Fixtures.send(codec, red);
            await().atMost(Duration.ofSeconds(30)).until(() -> handled(first) && handled(second));

            for (AlertRequested request : List.of(nationalOnly, red)) {
                given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).queryParam("requestId", request.requestId().toString())
                        .when().get("/api/v1/alerts")
                        .then().statusCode(200)
                        .body("totalItems", equalTo(0));
            }
            assertEquals(0L, count("select count(*) from alert where request_id in (:a, :b)", nationalOnly.requestId(), red.requestId()));
            assertTrue(receiver.calls().stream().noneMatch(c -> c.body().contains(nationalOnly.requestId().toString())
                    || c.body().contains(red.requestId().toString())));
            Fixtures.unsubscribe(Fixtures.SALAVAN, subscription);
        }
    }

    @Test
    void redeliveredRequestGivesOneAlertPerAgency() {
        AlertRequested request = Fixtures.request(List.of(Fixtures.SALAVAN, Fixtures.SEKONG, "la.vientiane"), Vocabulary.Priority.ROUTINE,
                Vocabulary.MessageStatus.TEST, Fixtures.AMBER_BILATERAL);

        String eventId = Fixtures.send(codec, request);
        Fixtures.send(codec, request, eventId);
        String resent = Fixtures.send(codec, request);
        await().atMost(Duration.ofSeconds(30)).until(() -> handled(eventId) && handled(resent));

        assertEquals(2L, count("select count(*) from alert where request_id = :a", request.requestId()),
                "one alert for each known recipient, the unknown la.vientiane skipped");
        given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).queryParam("requestId", request.requestId().toString())
                .when().get("/api/v1/alerts")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].status", equalTo("TEST"));
        given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG)).queryParam("requestId", request.requestId().toString())
                .when().get("/api/v1/alerts")
                .then().statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void requestBreakingItsSchemaGoesToTheDeadLetterTopic() {
        String eventId = UUID.randomUUID().toString();
        try (TopicWatcher dlq = Fixtures.watch(Topics.CASES_ALERT_REQUESTS + Topics.DEAD_LETTER_SUFFIX);
                EventProducer producer = Fixtures.producer()) {
            producer.send(Topics.CASES_ALERT_REQUESTS, "poison", eventId, EventType.ALERT_REQUESTED.type(),
                    "{\"requestId\":\"not-a-uuid\",\"recipientAgencies\":[]}".getBytes(StandardCharsets.UTF_8));

            var dead = dlq.awaitOne(r -> eventId.equals(TopicWatcher.header(r, "ce_id")));
            assertTrue(TopicWatcher.header(dead, "dead-letter-reason").contains("cases.alert.requested breaks its schema"));
        }
        assertEquals(0L, count("select count(*) from inbox_message where event_id = :a", eventId), "nothing recorded");
        given()
                .when().get(metrics)
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("consumer_events_dead_lettered_total{consumer=\"notification-service.alert-requests\""));
    }

    @Test
    void alertCarriesTheCapFieldsOfTheRequest() {
        AlertRequested request = Fixtures.request(Fixtures.SAVANNAKHET, Vocabulary.Priority.ROUTINE);

        Fixtures.send(codec, request);
        String alertId = Fixtures.awaitAlert(Fixtures.SAVANNAKHET, request);

        given().auth().oauth2(Fixtures.liaison(Fixtures.SAVANNAKHET))
                .when().get("/api/v1/alerts/" + alertId)
                .then().statusCode(200)
                .body("requestId", equalTo(request.requestId().toString()))
                .body("senderAgency", equalTo("vn.hue"))
                .body("recipientAgency", equalTo("la.savannakhet"))
                .body("sent", org.hamcrest.Matchers.notNullValue())
                .body("status", equalTo("ACTUAL"))
                .body("messageType", equalTo("ALERT"))
                .body("scope", equalTo("RESTRICTED"))
                .body("priority", equalTo("ROUTINE"))
                .body("handlingCode.tlp", equalTo("AMBER"))
                .body("handlingCode.releasability", equalTo("BILATERAL"))
                .body("references.tipReference", equalTo("HUE-2026-000123"))
                .body("references.operationCodeName", equalTo("Chuyên án 0126-LX"))
                .body("area.provinceCode", equalTo("LA-SL"))
                .body("area.borderPoint", equalTo("Đường mòn gần bản A Dớt"))
                .body("info.language", org.hamcrest.Matchers.contains("vi", "lo", "en"))
                .body("info.descriptionLanguage", org.hamcrest.Matchers.everyItem(equalTo("vi")))
                .body("info.find { it.language == 'lo' }.priority", equalTo("ທຳມະດາ"))
                .body("info.find { it.language == 'vi' }.instruction", org.hamcrest.Matchers.containsString("Cán bộ liên lạc cần xác nhận"))
                .body("tier", equalTo("BORDER_POST"))
                .body("acknowledgeBy", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(Fixtures.liaison(Fixtures.SAVANNAKHET)).queryParam("priority", "ROUTINE").queryParam("acknowledged", false)
                .when().get("/api/v1/alerts")
                .then().statusCode(200)
                .body("items.id", hasItem(alertId));
    }

    private boolean handled(String eventId) {
        return count("select count(*) from inbox_message where consumer = '" + CONSUMER + "' and event_id = :a", eventId) == 1;
    }

    private long count(String sql, Object a) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter("a", a).getSingleResult()).longValue());
    }

    private long count(String sql, Object a, Object b) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter("a", a).setParameter("b", b)
                .getSingleResult()).longValue());
    }
}
