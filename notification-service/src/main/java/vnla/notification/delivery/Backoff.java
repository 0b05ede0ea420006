package vnla.notification.delivery;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** When the next attempt is due: exponential backoff with jitter, or what the endpoint asked for in Retry-After. */
final class Backoff {

    private Backoff() {
    }

    /**
     * The delay after {@code attempts} failed attempts: base × 2^(attempts−1), capped at the maximum, of which a random
     * half is kept ("equal jitter") so that endpoints recovering together are not hit together.
     */
    static Duration after(int attempts, Duration base, Duration max) {
        long cap = max.toMillis();
        long exponential = base.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
        long delay = exponential <= 0 ? cap : Math.min(exponential, cap);
        long half = delay / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    /** Retry-After as delay-seconds or an HTTP date, capped at the maximum; empty when absent or unreadable. */
    static Optional<Duration> retryAfter(String header, Duration max, OffsetDateTime now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Duration wanted;
        try {
            wanted = Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException notSeconds) {
            try {
                OffsetDateTime at = OffsetDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                wanted = Duration.between(now, at.withOffsetSameInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
        if (wanted.isNegative()) {
            wanted = Duration.ZERO;
        }
        return Optional.of(wanted.compareTo(max) > 0 ? max : wanted);
    }
}
