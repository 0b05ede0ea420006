package vnla.cases.tip;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import vnla.cases.Api;
import vnla.cases.DatabaseFault;
import vnla.cases.TipFeed;
import vnla.common.event.TipReceived;
import vnla.common.event.Topics;
import vnla.testing.TopicWatcher;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A consumer rides out a database that refuses it for 30 seconds (as during a PostgreSQL restart): it retries with
 * backoff (0.5 s doubling to 10 s, for up to 2 minutes), the tip is projected once the database answers again, and
 * nothing is dead-lettered.
 */
@QuarkusTest
class PatientConsumerTest {

    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Inject
    TipFeed feed;

    @Inject
    MeterRegistry registry;

    @Test
    void aThirtySecondDatabaseOutageDeadLettersNothing() {
        TipReceived tip = TipFeed.tip("vn.hue", TipFeed.phones("0905 888 030"));
        double deadLetteredBefore = deadLettered();
        try (TopicWatcher dlq = TopicWatcher.watch(Topics.HOTLINE_TIPS + Topics.DEAD_LETTER_SUFFIX);
                DatabaseFault outage = DatabaseFault.refuseTip(tip.tipId(), OUTAGE)) {
            Instant sent = Instant.now();
            feed.send(tip);

            Awaitility.await().atMost(OUTAGE.plusSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> Api.analyst("vn.hue").get("/api/v1/tips/{id}", tip.tipId()).statusCode() == 200);
            Duration waited = Duration.between(sent, Instant.now());
            assertTrue(waited.compareTo(OUTAGE.minusSeconds(2)) >= 0, "projected only after the outage, " + waited.toSeconds() + " s");
            assertEquals(List.of(), dlq.drain(r -> tip.tipId().toString().equals(r.key()), Duration.ofSeconds(2)), "nothing dead-lettered");
        }
        Api.analyst("vn.hue").get("/api/v1/tips/{id}", tip.tipId())
                .then().statusCode(200)
                .body("reference", equalTo(tip.reference()));
        assertEquals(deadLetteredBefore, deadLettered());
    }

    private double deadLettered() {
        Counter counter = registry.find("consumer.events.dead-lettered").tag("consumer", "case-service.tips").counter();
        return counter == null ? 0 : counter.count();
    }
}
