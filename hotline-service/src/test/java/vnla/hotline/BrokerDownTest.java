package vnla.hotline;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import vnla.common.outbox.OutboxEvent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * With no broker to reach, intake stays ready and alive (readiness needs the database, never Kafka), tips are accepted
 * and wait in the outbox, the relay health group turns DOWN once they have waited too long, and an unreachable broker
 * counts against no event: nothing is set aside. The broker is simply absent here (a closed local port), so the shared
 * one keeps running for everyone else.
 */
@QuarkusTest
@TestProfile(BrokerDownTest.UnreachableBroker.class)
class BrokerDownTest {

    /** A bootstrap address nothing listens on; a short pending-age threshold so the relay group turns DOWN quickly. */
    public static class UnreachableBroker implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:1", "suite.outbox.max-pending-age", "3s", "suite.outbox.send-timeout", "3s");
        }
    }

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/health/live", management = true)
    URL live;

    @TestHTTPResource(value = "/health/started", management = true)
    URL started;

    @TestHTTPResource(value = "/health/group/relay", management = true)
    URL relay;

    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @Test
    void intakeStaysReadyWhileTheBrokerIsDownAndTheRelayGroupTellsTheBacklog() {
        given().get(ready).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("outbox relay")));
        given().get(started).then().statusCode(200).body("status", equalTo("UP"));

        String tip = TipFixtures.recordTip(TipFixtures.anonymousTip());

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> given().get(relay)
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'outbox relay' }.data.oldestPendingAgeSeconds", greaterThanOrEqualTo(3))
                .body("checks.find { it.name == 'outbox relay' }.data.pendingEvents", greaterThanOrEqualTo(1)));
        given().get(ready).then().statusCode(200).body("status", equalTo("UP"));
        given().get(live).then().statusCode(200).body("status", equalTo("UP"));
        given().get(health).then().statusCode(200).body("checks.name", not(hasItem("outbox relay")));

        OutboxEvent event = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("aggregateId", tip).firstResult());
        assertNull(event.publishedAt);
        assertNull(event.setAsideAt, "a broker that is down is no event's fault");
        assertEquals(0, event.attempts);
    }
}
