package vnla.hotline;

import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import vnla.common.event.TipDismissed;
import vnla.common.event.Topics;
import vnla.common.outbox.Outbox;
import vnla.common.outbox.OutboxConfig;
import vnla.common.outbox.OutboxEvent;
import vnla.testing.TopicWatcher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An outbox event the broker refuses for itself (here: larger than the producer's max.request.size) no longer blocks
 * the events behind it: after suite.outbox.max-attempts refused sends it is set aside with its error, counted in a
 * gauge and listed for admins, who can send it again.
 */
@QuarkusTest
class OutboxSetAsideTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxConfig config;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void anEventTheBrokerRefusesIsSetAsideAndTheEventsBehindItFlow() {
        UUID tip = UUID.randomUUID();
        try (TopicWatcher topic = TopicWatcher.watch(Topics.HOTLINE_TIPS)) {
            UUID tooLarge = QuarkusTransaction.requiringNew().call(() -> outbox.appendJson(Topics.HOTLINE_TIPS, tip.toString(),
                    "hotline.tip.received", "{\"description\":\"" + "Mô tả quá dài. ".repeat(80_000) + "\"}"));
            UUID behind = QuarkusTransaction.requiringNew().call(() -> outbox.append(tip.toString(),
                    new TipDismissed(tip, "HUE-2026-000777", "vn.hue", "Tin trùng lặp", OffsetDateTime.now(ZoneOffset.UTC))));

            var published = topic.await(r -> tip.toString().equals(r.key()), 1, Duration.ofSeconds(60));
            assertEquals(behind.toString(), TopicWatcher.header(published.get(0), "ce_id"), "the event behind it went out");

            OutboxEvent refused = find(tooLarge);
            assertEquals(config.maxAttempts(), refused.attempts);
            assertNotNull(refused.setAsideAt);
            assertNull(refused.publishedAt);
            assertTrue(refused.lastError.startsWith("org.apache.kafka.common.errors.RecordTooLargeException"), refused.lastError);

            TipFixtures.as("admin", "vn.sonla").get("/api/v1/admin/set-aside-events")
                    .then().statusCode(200)
                    .body("items.id", hasItem(tooLarge.toString()))
                    .body("items.find { it.id == '" + tooLarge + "' }.attempts", equalTo(config.maxAttempts()))
                    .body("items.find { it.id == '" + tooLarge + "' }.lastError", containsString("RecordTooLargeException"))
                    .body("items.find { it.id == '" + tooLarge + "' }.payload", nullValue());
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(metrics)
                    .then().statusCode(200)
                    .body(containsString("outbox_events_set_aside ")).body(org.hamcrest.Matchers.not(containsString("outbox_events_set_aside 0.0"))));

            // sent again (still too large): pending with its attempts reset, then set aside once more
            TipFixtures.as("admin", "vn.hue").post("/api/v1/admin/set-aside-events/{id}/retry", tooLarge)
                    .then().statusCode(200)
                    .body("attempts", equalTo(0))
                    .body("setAsideAt", nullValue());
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> find(tooLarge).setAsideAt != null);
            assertEquals(config.maxAttempts(), find(tooLarge).attempts);
        }
    }

    @Test
    void retryingAnEventThatIsNotSetAsideIsA404() {
        UUID pendingOrPublished = QuarkusTransaction.requiringNew().call(() -> outbox.append(UUID.randomUUID().toString(),
                new TipDismissed(UUID.randomUUID(), "HUE-2026-000778", "vn.hue", "Tin trùng lặp", OffsetDateTime.now(ZoneOffset.UTC))));

        TipFixtures.as("admin", "vn.hue").post("/api/v1/admin/set-aside-events/{id}/retry", pendingOrPublished)
                .then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        TipFixtures.as("admin", "vn.hue").post("/api/v1/admin/set-aside-events/{id}/retry", UUID.randomUUID())
                .then().statusCode(404);
        assertEquals(0, find(pendingOrPublished).attempts);
    }

    private static OutboxEvent find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(id));
    }
}
