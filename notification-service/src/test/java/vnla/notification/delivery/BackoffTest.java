package vnla.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** When a failed webhook delivery is tried next: exponential backoff with equal jitter, or the endpoint's Retry-After. */
class BackoffTest {

    private static final Duration BASE = Duration.ofSeconds(2);
    private static final Duration MAX = Duration.ofMinutes(10);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 10, 21, 7, 28, 0, 0, ZoneOffset.UTC);
    /** Enough draws that a jitter outside its bounds would show. */
    private static final int DRAWS = 500;

    @Test
    void theDelayDoublesWithEachFailureAndKeepsAtLeastHalfOfIt() {
        for (int attempts = 1; attempts <= 8; attempts++) {
            long full = BASE.toMillis() << (attempts - 1);
            assertWithin(full / 2, full, attempts);
        }
    }

    @Test
    void theDelayIsCappedAtTheMaximum() {
        assertWithin(MAX.toMillis() / 2, MAX.toMillis(), 12);
        assertWithin(MAX.toMillis() / 2, MAX.toMillis(), Integer.MAX_VALUE);
    }

    @Test
    void noFailureYetCountsAsTheFirst() {
        assertWithin(BASE.toMillis() / 2, BASE.toMillis(), 0);
        assertWithin(BASE.toMillis() / 2, BASE.toMillis(), -3);
    }

    @Test
    void aBaseSoLargeItsDoublingOverflowsWaitsTheMaximum() {
        Duration huge = Duration.ofMillis(Long.MAX_VALUE / 4);
        for (int i = 0; i < DRAWS; i++) {
            long delay = Backoff.after(31, huge, MAX).toMillis();
            assertTrue(delay >= MAX.toMillis() / 2 && delay <= MAX.toMillis(), delay + " ms");
        }
    }

    @Test
    void jitterSpreadsEndpointsRecoveringTogether() {
        long distinct = java.util.stream.IntStream.range(0, DRAWS).mapToLong(i -> Backoff.after(5, BASE, MAX).toMillis()).distinct().count();
        assertTrue(distinct > 1, "every draw waited the same");
    }

    @Test
    void retryAfterInSecondsIsHonoured() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), Backoff.retryAfter("120", MAX, NOW));
        assertEquals(Optional.of(Duration.ofSeconds(30)), Backoff.retryAfter(" 30 ", MAX, NOW));
        assertEquals(Optional.of(Duration.ZERO), Backoff.retryAfter("0", MAX, NOW));
    }

    @Test
    void retryAfterAsAnHttpDateIsTheTimeUntilThen() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), Backoff.retryAfter("Wed, 21 Oct 2026 07:29:30 GMT", MAX, NOW));
        assertEquals(Optional.of(Duration.ofMinutes(5)), Backoff.retryAfter("Wed, 21 Oct 2026 14:33:00 +0700", MAX, NOW));
    }

    @Test
    void aRetryAfterInThePastMeansNow() {
        assertEquals(Optional.of(Duration.ZERO), Backoff.retryAfter("Wed, 21 Oct 2026 07:00:00 GMT", MAX, NOW));
        assertEquals(Optional.of(Duration.ZERO), Backoff.retryAfter("-5", MAX, NOW));
    }

    @Test
    void retryAfterIsCappedAtTheMaximum() {
        assertEquals(Optional.of(MAX), Backoff.retryAfter("86400", MAX, NOW));
        assertEquals(Optional.of(MAX), Backoff.retryAfter("Thu, 22 Oct 2026 07:28:00 GMT", MAX, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", "soon", "1.5", "Wednesday, 21-Oct-26 07:29:30 GMT", "2026-10-21T07:29:30Z" })
    void anUnreadableRetryAfterIsIgnored(String header) {
        assertEquals(Optional.empty(), Backoff.retryAfter(header, MAX, NOW));
    }

    @Test
    void noRetryAfterIsIgnored() {
        assertEquals(Optional.empty(), Backoff.retryAfter(null, MAX, NOW));
    }

    private static void assertWithin(long lowest, long highest, int attempts) {
        for (int i = 0; i < DRAWS; i++) {
            long delay = Backoff.after(attempts, BASE, MAX).toMillis();
            assertTrue(delay >= lowest && delay <= highest, "after " + attempts + ": " + delay + " ms, not in [" + lowest + ", " + highest + "]");
        }
    }
}
