package vnla.common.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The consumers' retry schedule, as configured by default (suite.inbox.retry.*). */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofMinutes(2));

    @Test
    void delaysDoubleFromTheFirstUpToTheLongest() {
        List<Long> delays = new ArrayList<>();
        for (int retry = 1; retry <= 8; retry++) {
            delays.add(backoff.delay(retry).toMillis());
        }
        assertEquals(List.of(500L, 1_000L, 2_000L, 4_000L, 8_000L, 10_000L, 10_000L, 10_000L), delays);
    }

    @Test
    void aThirtySecondOutageIsRiddenOutWithRetriesToSpare() {
        // attempts that fail at once, as against a database that refuses connections: retries until 2 minutes have passed
        Duration elapsed = Duration.ZERO;
        int retry = 1;
        while (backoff.mayRetry(retry, elapsed)) {
            elapsed = elapsed.plus(backoff.delay(retry));
            retry++;
        }
        assertTrue(elapsed.compareTo(Duration.ofSeconds(110)) > 0, "last retry at " + elapsed);
        assertTrue(elapsed.compareTo(Duration.ofMinutes(2)) <= 0, "last retry at " + elapsed);
        assertEquals(15, retry - 1, "retries: 16 attempts, the last 115.5 s after the first");
        assertTrue(backoff.mayRetry(7, Duration.ofSeconds(30)), "still retrying after a 30 s outage");
    }

    @Test
    void noRetryStartsAfterTheGiveUpTime() {
        assertFalse(backoff.mayRetry(20, Duration.ofSeconds(115)));
        assertTrue(backoff.mayRetry(20, Duration.ofSeconds(110)));
    }

    @Test
    void aLongestDelayBelowTheFirstCapsEveryDelay() {
        Backoff capped = new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofMinutes(2));
        assertEquals(Duration.ofSeconds(2), capped.delay(1));
        assertEquals(Duration.ofSeconds(2), capped.delay(4));
    }

    @Test
    void theDelayOfARetryCountsAgainstTheGiveUpTime() {
        // starting at 115 s, retry 5 (8 s) would start after 2 minutes; retry 1 (0.5 s) still fits
        assertFalse(backoff.mayRetry(5, Duration.ofSeconds(115)));
        assertTrue(backoff.mayRetry(1, Duration.ofSeconds(115)));
        assertTrue(backoff.mayRetry(1, Duration.ofMillis(119_500)), "exactly at the give-up time still runs");
    }

    @Test
    void aHugeRetryNumberDoesNotOverflow() {
        assertEquals(Duration.ofSeconds(10), backoff.delay(Integer.MAX_VALUE));
    }
}
