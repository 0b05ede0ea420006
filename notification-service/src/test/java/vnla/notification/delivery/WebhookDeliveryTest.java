package vnla.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;

import io.quarkus.test.junit.QuarkusTest;
import vnla.testing.Traceparent;
import vnla.testing.WebhookReceiver;
import vnla.common.event.AlertRequested;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.Topics;
import vnla.common.event.Vocabulary;
import vnla.notification.Fixtures;
import vnla.notification.alert.PartnerAlertCodec;
import vnla.testing.TopicWatcher;

@QuarkusTest
class WebhookDeliveryTest {

    private static final Pattern LAO = Pattern.compile("\\p{IsLao}");
    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹÁÀÃÍÌÓÒÕÚÙÝ]",
            Pattern.CASE_INSENSITIVE);

    @Inject
    EventCodec codec;

    @Inject
    PartnerAlertCodec partnerAlerts;

    @Inject
    ObjectMapper mapper;

    @Inject
    DeliveryConfig deliveryConfig;

    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<String[]> subscriptions = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        subscriptions.forEach(s -> Fixtures.unsubscribe(s[0], s[1]));
        receivers.forEach(WebhookReceiver::close);
    }

    private WebhookReceiver receiverFor(String agency) {
        WebhookReceiver receiver = WebhookReceiver.start();
        receivers.add(receiver);
        subscriptions.add(new String[] { agency, Fixtures.subscribeWebhook(agency, receiver) });
        return receiver;
    }

    @Test
    void salavanReceivesSignedAlertWithLaoAndVietnameseInfoBlocks() throws Exception {
        WebhookReceiver receiver = receiverFor(Fixtures.SALAVAN);
        AlertRequested request = Fixtures.request(Fixtures.SALAVAN, Vocabulary.Priority.URGENT);

        try (TopicWatcher events = Fixtures.watch(Topics.NOTIFICATIONS_ALERTS)) {
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(Fixtures.SALAVAN, request);

            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.callsFor(alertId).isEmpty());
            WebhookReceiver.Call call = receiver.callsFor(alertId).get(0);
            assertTrue(call.verified(), "the Standard Webhooks library verifies the signature");
            assertEquals(204, call.answered());
            assertTrue(call.header("webhook-signature").startsWith("v1,"));
            JsonNode payload = call.json();
            assertEquals("notifications.alert.issued", payload.path("type").asText());
            JsonNode alert = payload.path("data");
            assertEquals(Set.of(), partnerAlerts.violations(alert));
            assertEquals("la.salavan", alert.path("recipientAgency").asText());
            assertEquals("vn.hue", alert.path("senderAgency").asText());
            assertEquals("RESTRICTED", alert.path("scope").asText());
            assertEquals("ACTUAL", alert.path("status").asText());
            assertEquals("BORDER_POST", alert.path("tier").asText());
            JsonNode lo = block(alert, "lo");
            JsonNode vi = block(alert, "vi");
            JsonNode en = block(alert, "en");
            assertTrue(LAO.matcher(lo.path("headline").asText()).find(), "lo headline in Lao script: " + lo);
            assertTrue(LAO.matcher(lo.path("category").asText()).find());
            assertTrue(LAO.matcher(lo.path("instruction").asText()).find());
            assertEquals("ການຄ້າຢາເສບຕິດ", lo.path("category").asText());
            assertTrue(VIETNAMESE.matcher(vi.path("headline").asText()).find(), "vi headline with diacritics: " + vi);
            assertEquals("Mua bán trái phép chất ma túy", vi.path("category").asText());
            assertEquals("KHẨN", vi.path("priority").asText());
            assertEquals("Drug trafficking", en.path("category").asText());
            for (JsonNode block : List.of(lo, vi, en)) {
                assertEquals(Fixtures.VI_DESCRIPTION, block.path("description").asText(), "free text travels as given");
                assertEquals("vi", block.path("descriptionLanguage").asText());
            }

            var delivered = events.awaitOne(r -> alertId.equals(r.key())
                    && EventType.ALERT_DELIVERED.type().equals(TopicWatcher.header(r, "ce_type")));
            JsonNode event = mapper.readTree(new String(delivered.value(), StandardCharsets.UTF_8));
            assertEquals(Set.of(), codec.violations(EventType.ALERT_DELIVERED, event));
            assertEquals("WEBHOOK", event.path("channel").asText());
            given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN))
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .body("acknowledgement", nullValue())
                    .body("acknowledgeBy", notNullValue());
        }
    }

    /** The webhook is a span of the trace the alert's request arrived in (the tip's): same trace id, a span of our own. */
    @Test
    void webhookCarriesTheTraceTheAlertsRequestArrivedIn() {
        WebhookReceiver receiver = receiverFor(Fixtures.SALAVAN);
        AlertRequested request = Fixtures.request(Fixtures.SALAVAN, Vocabulary.Priority.URGENT);
        String trace = "5e2b6f0d8a1c4e7f9b3d2a1c0e9f8d7c";

        try (TopicWatcher events = Fixtures.watch(Topics.NOTIFICATIONS_ALERTS)) {
            Fixtures.send(codec, request, UUID.randomUUID().toString(), Map.of("traceparent", "00-" + trace + "-a3ce929d0e0e4736-01"));
            String alertId = Fixtures.awaitAlert(Fixtures.SALAVAN, request);

            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.callsFor(alertId).isEmpty());
            String traceparent = receiver.callsFor(alertId).get(0).header("traceparent");
            assertNotNull(traceparent, "the webhook carries a traceparent");
            assertEquals(trace, Traceparent.traceId(traceparent));
            assertFalse(traceparent.contains("a3ce929d0e0e4736"), "the call is a span of notification-service's own: " + traceparent);
            var issued = events.awaitOne(r -> alertId.equals(r.key())
                    && EventType.ALERT_DELIVERED.type().equals(TopicWatcher.header(r, "ce_type")));
            assertEquals(trace, Traceparent.traceId(TopicWatcher.header(issued, "traceparent")), "its events continue the trace too");
        }
    }

    @Test
    void receiverFailingThreeTimesGetsTheAlertOnceWithAllFourAttemptsListed() {
        WebhookReceiver receiver = receiverFor(Fixtures.SEKONG)
                .answering(n -> WebhookReceiver.Reply.of(n <= 3 ? 503 : 200));
        AlertRequested request = Fixtures.request(Fixtures.SEKONG, Vocabulary.Priority.URGENT);

        Fixtures.send(codec, request);
        String alertId = Fixtures.awaitAlert(Fixtures.SEKONG, request);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG))
                .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                .then().statusCode(200)
                .body("items[0].status", equalTo("DELIVERED")));
        given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG))
                .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].webhookId", startsWith("msg_"))
                .body("items[0].attempts.number", contains(1, 2, 3, 4))
                .body("items[0].attempts.statusCode", contains(503, 503, 503, 200))
                .body("items[0].attempts.outcome", contains("FAILED", "FAILED", "FAILED", "SUCCEEDED"))
                .body("items[0].attempts[0].error", equalTo("HTTP 503"))
                .body("items[0].attempts[3].latencyMs", notNullValue());
        List<WebhookReceiver.Call> calls = receiver.drainFor(alertId, Duration.ofSeconds(2));
        assertEquals(4, calls.size());
        assertEquals(1, calls.stream().filter(c -> c.answered() == 200).count(), "delivered exactly once");
        assertEquals(1, calls.stream().map(c -> c.header("webhook-id")).distinct().count(), "one webhook-id for every attempt");
    }

    @Test
    void receiverAnsweringGoneDisablesItsSubscription() {
        WebhookReceiver receiver = receiverFor(Fixtures.CHAMPASAK).answering(n -> WebhookReceiver.Reply.of(410));
        String subscriptionId = subscriptions.get(subscriptions.size() - 1)[1];
        AlertRequested request = Fixtures.request(Fixtures.CHAMPASAK, Vocabulary.Priority.ROUTINE);

        Fixtures.send(codec, request);
        String alertId = Fixtures.awaitAlert(Fixtures.CHAMPASAK, request);

        await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.callsFor(alertId).isEmpty());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(Fixtures.liaison(Fixtures.CHAMPASAK))
                .when().get("/api/v1/subscriptions/" + subscriptionId)
                .then().statusCode(200)
                .body("status", equalTo("DISABLED"))
                .body("statusReason", startsWith("the endpoint answered 410 Gone")));
        given().auth().oauth2(Fixtures.liaison(Fixtures.CHAMPASAK))
                .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                .then().statusCode(200)
                .body("items[0].status", equalTo("CANCELLED"))
                .body("items[0].attempts.outcome", contains("GONE"));
        assertEquals(1, receiver.drainFor(alertId, Duration.ofSeconds(1)).size(), "no retry after 410");
    }

    @Test
    void deletingTheSubscriptionDuringACallStopsItsRetries() {
        WebhookReceiver receiver = receiverFor(Fixtures.SEKONG).holdingCalls().answering(n -> WebhookReceiver.Reply.of(503));
        String[] subscription = subscriptions.remove(subscriptions.size() - 1);
        AlertRequested request = Fixtures.request(Fixtures.SEKONG, Vocabulary.Priority.URGENT);

        Fixtures.send(codec, request);
        String alertId = Fixtures.awaitAlert(Fixtures.SEKONG, request);
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.arrivals() > 0);
        Fixtures.unsubscribe(subscription[0], subscription[1]);
        receiver.release(); // the call in flight at the deletion fails: 503

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG))
                .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                .then().statusCode(200)
                .body("items[0].status", equalTo("CANCELLED"))
                .body("items[0].attempts.outcome", contains("FAILED")));
        // retries would come after 0.2 s, 0.4 s, ... in the test profile
        assertEquals(1, receiver.drainFor(alertId, Duration.ofSeconds(2)).size(), "no retry for a deleted subscription");
    }

    @Test
    void throttledReceiverIsRetriedAfterItsRetryAfter() {
        WebhookReceiver receiver = receiverFor(Fixtures.SAVANNAKHET)
                .answering(n -> n == 1 ? new WebhookReceiver.Reply(429, "1") : WebhookReceiver.Reply.of(200));
        AlertRequested request = Fixtures.request(Fixtures.SAVANNAKHET, Vocabulary.Priority.URGENT);

        Fixtures.send(codec, request);
        String alertId = Fixtures.awaitAlert(Fixtures.SAVANNAKHET, request);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Fixtures.liaison(Fixtures.SAVANNAKHET))
                .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                .then().statusCode(200)
                .body("items[0].status", equalTo("DELIVERED")));
        given().auth().oauth2(Fixtures.liaison(Fixtures.SAVANNAKHET))
                .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                .then().statusCode(200)
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attempts.outcome", contains("THROTTLED", "SUCCEEDED"));
        var attempts = given().auth().oauth2(Fixtures.liaison(Fixtures.SAVANNAKHET))
                .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                .then().extract().jsonPath().getList("items[0].attempts.startedAt", String.class);
        Duration gap = Duration.between(java.time.OffsetDateTime.parse(attempts.get(0)), java.time.OffsetDateTime.parse(attempts.get(1)));
        assertTrue(gap.compareTo(Duration.ofMillis(900)) >= 0, "waited the 1 s Retry-After (base delay is 200 ms): " + gap);
    }

    @Test
    void rotatedSecretKeepsSigningNextToTheNewOneDuringItsGracePeriod() throws Exception {
        WebhookReceiver receiver = receiverFor(Fixtures.SAVANNAKHET);
        String subscriptionId = subscriptions.get(subscriptions.size() - 1)[1];
        String newSecret = given().auth().oauth2(Fixtures.liaison(Fixtures.SAVANNAKHET))
                .when().post("/api/v1/subscriptions/" + subscriptionId + "/secret-rotations")
                .then().statusCode(200)
                .body("previousSecretValidUntil", notNullValue())
                .extract().path("secret");
        AlertRequested request = Fixtures.request(Fixtures.SAVANNAKHET, Vocabulary.Priority.ROUTINE);

        Fixtures.send(codec, request);
        String alertId = Fixtures.awaitAlert(Fixtures.SAVANNAKHET, request);

        await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.callsFor(alertId).isEmpty());
        WebhookReceiver.Call call = receiver.callsFor(alertId).get(0);
        assertTrue(call.verified(), "a receiver still on the old secret verifies the call");
        new Webhook(newSecret).verify(call.body(), call.headers());
        assertEquals(2, call.header("webhook-signature").split(" ").length);
    }

    @Test
    void exhaustedDeliveryIsVisibleEmitsTheEventAndCanBeReplayed() throws Exception {
        WebhookReceiver receiver = receiverFor(Fixtures.LUANG_PRABANG).answering(n -> WebhookReceiver.Reply.of(n <= 5 ? 500 : 200));
        AlertRequested request = Fixtures.request(Fixtures.LUANG_PRABANG, Vocabulary.Priority.ROUTINE);

        try (TopicWatcher events = Fixtures.watch(Topics.NOTIFICATIONS_ALERTS)) {
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(Fixtures.LUANG_PRABANG, request);

            var exhausted = events.awaitOne(r -> alertId.equals(r.key())
                    && EventType.ALERT_EXHAUSTED.type().equals(TopicWatcher.header(r, "ce_type")));
            JsonNode event = mapper.readTree(exhausted.value());
            assertEquals(Set.of(), codec.violations(EventType.ALERT_EXHAUSTED, event));
            assertEquals(5, event.path("attempts").asInt());
            String deliveryId = given().auth().oauth2(Fixtures.liaison(Fixtures.LUANG_PRABANG))
                    .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                    .then().statusCode(200)
                    .body("items[0].status", equalTo("EXHAUSTED"))
                    .body("items[0].attempts", hasSize(5))
                    .extract().path("items[0].id");

            given().auth().oauth2(Fixtures.liaison(Fixtures.LUANG_PRABANG))
                    .when().post("/api/v1/alerts/" + alertId + "/deliveries/" + deliveryId + "/retry")
                    .then().statusCode(202)
                    .body("status", equalTo("PENDING"));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Fixtures.liaison(Fixtures.LUANG_PRABANG))
                    .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                    .then().statusCode(200)
                    .body("items[0].status", equalTo("DELIVERED"))
                    .body("items[0].attempts", hasSize(6)));
            given().auth().oauth2(Fixtures.liaison(Fixtures.LUANG_PRABANG))
                    .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                    .then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].attemptCount", equalTo(6));
            given().auth().oauth2(Fixtures.liaison(Fixtures.LUANG_PRABANG)).queryParam("size", 5).queryParam("page", 1)
                    .when().get("/api/v1/alerts/" + alertId + "/deliveries/" + deliveryId + "/attempts")
                    .then().statusCode(200)
                    .body("items.number", contains(6))
                    .body("items.outcome", contains("SUCCEEDED"))
                    .body("totalItems", equalTo(6));
            given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN))
                    .when().get("/api/v1/alerts/" + alertId + "/deliveries/" + deliveryId + "/attempts")
                    .then().statusCode(404);
            assertEquals(1, receiver.callsFor(alertId).stream().map(c -> c.header("webhook-id")).distinct().count());
        }
    }

    @Test
    void slowEndpointDoesNotHoldBackAnotherPartner() {
        WebhookReceiver slow = receiverFor(Fixtures.HOUAPHANH).holdingCalls();
        WebhookReceiver fast = receiverFor(Fixtures.SALAVAN);
        for (int i = 0; i < 3; i++) {
            Fixtures.send(codec, Fixtures.request(Fixtures.HOUAPHANH, Vocabulary.Priority.URGENT));
        }
        AlertRequested request = Fixtures.request(List.of(Fixtures.HOUAPHANH, Fixtures.SALAVAN), Vocabulary.Priority.URGENT,
                Vocabulary.MessageStatus.ACTUAL, Fixtures.AMBER_BILATERAL);

        Fixtures.send(codec, request);
        String fastAlert = Fixtures.awaitAlert(Fixtures.SALAVAN, request);

        await().atMost(Duration.ofSeconds(10)).until(() -> slow.arrivals() > 0 && !fast.callsFor(fastAlert).isEmpty());
        assertTrue(slow.calls().isEmpty(), "the slow endpoint is still working on its calls while the other partner has the alert");
        // a held call ends at the sender after its timeout and is tried again later, so count those in flight together
        int together = slow.arrivalsWithin(deliveryConfig.timeout());
        assertTrue(together <= 2, "at most per-endpoint-concurrency (2) calls in flight to one endpoint: " + together);
        slow.release();
    }

    private static JsonNode block(JsonNode alert, String language) {
        for (JsonNode info : alert.path("info")) {
            if (language.equals(info.path("language").asText())) {
                return info;
            }
        }
        throw new AssertionError("no " + language + " info block in " + alert);
    }
}
