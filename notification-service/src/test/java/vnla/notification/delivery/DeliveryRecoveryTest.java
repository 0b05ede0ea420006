package vnla.notification.delivery;

import static io.restassured.RestAssured.given;
import static java.util.stream.Collectors.toSet;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vnla.testing.WebhookReceiver;
import vnla.common.event.AlertRequested;
import vnla.common.event.EventCodec;
import vnla.common.event.Vocabulary;
import vnla.notification.Fixtures;
import vnla.notification.alert.Alert;

/**
 * Restart resumes retries, proven at the database level: the rows a crashed instance left behind (one attempt in flight
 * when it died, one delivery waiting for its next attempt) are picked up by this instance and delivered exactly once.
 */
@QuarkusTest
class DeliveryRecoveryTest {

    private static final String SONLA = "vn.sonla";
    private static final String MINISTRY = "la.mps";

    @Inject
    EventCodec codec;

    @Inject
    DeliveryScheduler scheduler;

    @Inject
    DeliveryDispatcher dispatcher;

    @Test
    void deliveriesLeftByACrashedInstanceAreResumedAndDeliveredOnce() {
        AlertRequested request = Fixtures.request(SONLA, Vocabulary.Priority.URGENT);
        Fixtures.send(codec, request);
        UUID alertId = UUID.fromString(Fixtures.awaitAlert(SONLA, request));
        try (WebhookReceiver crashedMidCall = WebhookReceiver.start(); WebhookReceiver waitingForRetry = WebhookReceiver.start()) {
            String first = Fixtures.subscribeWebhook(SONLA, crashedMidCall);
            String second = Fixtures.subscribeWebhook(SONLA, waitingForRetry);

            List<UUID> left = leftBehindByACrashedInstance(alertId, UUID.fromString(first));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Fixtures.liaison(SONLA))
                    .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                    .then().statusCode(200)
                    .body("items.status", contains("DELIVERED", "DELIVERED")));
            given().auth().oauth2(Fixtures.liaison(SONLA))
                    .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                    .then().statusCode(200)
                    .body("items.find { it.id == '" + left.get(0) + "' }.attempts.outcome", contains("ABANDONED", "SUCCEEDED"))
                    .body("items.find { it.id == '" + left.get(1) + "' }.attempts.outcome", contains("FAILED", "FAILED", "SUCCEEDED"))
                    .body("items.find { it.id == '" + left.get(1) + "' }.attempts.number", contains(1, 2, 3));
            List<WebhookReceiver.Call> midCall = crashedMidCall.drainFor(alertId.toString(), Duration.ofSeconds(2));
            List<WebhookReceiver.Call> retried = waitingForRetry.drainFor(alertId.toString(), Duration.ZERO);
            assertEquals(1, midCall.size(), "resumed once, nothing delivered twice");
            assertEquals(1, retried.size(), "resumed once, nothing delivered twice");
            assertEquals("msg_" + left.get(0), midCall.get(0).header("webhook-id"), "the webhook-id survives the crash");
            assertEquals("msg_" + left.get(1), retried.get(0).header("webhook-id"));

            Fixtures.unsubscribe(SONLA, first);
            Fixtures.unsubscribe(SONLA, second);
        }
    }

    @Test
    void concurrentClaimersNeverTakeTheSameDeliveryAndExpiredClaimsAreResumed() throws Exception {
        AlertRequested request = Fixtures.request(MINISTRY, Vocabulary.Priority.URGENT);
        Fixtures.send(codec, request);
        UUID alertId = UUID.fromString(Fixtures.awaitAlert(MINISTRY, request));
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String subscription = Fixtures.subscribeWebhook(MINISTRY, receiver);
            Set<UUID> scheduled = new HashSet<>();
            // other instances claim these while this one's dispatcher competes for them too
            ExecutorService otherInstances = Executors.newFixedThreadPool(3);
            List<Future<List<DeliveryDispatcher.Claim>>> claimed = new ArrayList<>();
            QuarkusTransaction.requiringNew().run(() -> {
                Alert alert = Alert.findById(alertId);
                for (int i = 0; i < 4; i++) {
                    scheduler.schedule(alert, alert.tier).forEach(d -> scheduled.add(d.id));
                }
            });
            for (int i = 0; i < 3; i++) {
                claimed.add(otherInstances.submit(() -> dispatcher.claim(10)));
            }
            List<UUID> taken = new ArrayList<>();
            for (Future<List<DeliveryDispatcher.Claim>> claims : claimed) {
                claims.get(30, TimeUnit.SECONDS).forEach(c -> taken.add(c.deliveryId()));
            }
            otherInstances.shutdown();
            assertEquals(taken.size(), new HashSet<>(taken).size(), "no delivery claimed twice: " + taken);

            // the other instances never answer: their claims expire and this instance sends what they held
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Fixtures.liaison(MINISTRY))
                    .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                    .then().statusCode(200)
                    .body("items.status", everyItem(equalTo("DELIVERED"))));
            List<WebhookReceiver.Call> calls = receiver.drainFor(alertId.toString(), Duration.ofSeconds(1));
            assertEquals(scheduled.size(), calls.size(), "each delivery arrives once");
            assertEquals(scheduled, calls.stream().map(c -> UUID.fromString(c.header("webhook-id").substring(4))).collect(toSet()));
            Fixtures.unsubscribe(MINISTRY, subscription);
        }
    }

    /**
     * In one transaction, so this instance never sees them otherwise: the delivery to {@code midCallSubscription} was
     * claimed and its call started a minute ago, and its claim has expired; the other failed twice and its next attempt
     * is due. Returns their ids in that order.
     */
    private List<UUID> leftBehindByACrashedInstance(UUID alertId, UUID midCallSubscription) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Alert alert = Alert.findById(alertId);
            List<Delivery> deliveries = scheduler.schedule(alert, alert.tier);
            assertEquals(2, deliveries.size());
            Delivery midCall = deliveries.stream().filter(d -> d.subscriptionId.equals(midCallSubscription)).findFirst().orElseThrow();
            Delivery waiting = deliveries.stream().filter(d -> d != midCall).findFirst().orElseThrow();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

            midCall.status = DeliveryStatus.IN_FLIGHT;
            midCall.attempts = 1;
            midCall.claimToken = UUID.randomUUID();
            midCall.nextAttemptAt = now.minusSeconds(1);
            attempt(midCall, 1, now.minusMinutes(1), null);

            waiting.status = DeliveryStatus.PENDING;
            waiting.attempts = 2;
            waiting.nextAttemptAt = now.minusSeconds(1);
            waiting.lastStatusCode = 503;
            attempt(waiting, 1, now.minusMinutes(2), 503);
            attempt(waiting, 2, now.minusMinutes(1), 503);
            return List.of(midCall.id, waiting.id);
        });
    }

    private static void attempt(Delivery delivery, int number, OffsetDateTime startedAt, Integer statusCode) {
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.id = UUID.randomUUID();
        attempt.deliveryId = delivery.id;
        attempt.number = number;
        attempt.startedAt = startedAt;
        if (statusCode != null) {
            attempt.finishedAt = startedAt.plusSeconds(1);
            attempt.statusCode = statusCode;
            attempt.latencyMs = 12L;
            attempt.error = "HTTP " + statusCode;
            attempt.outcome = DeliveryAttempt.FAILED;
        }
        attempt.persist();
    }
}
