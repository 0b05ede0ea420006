package vnla.common.overload;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/**
 * {@code suite.overload.*}: how many API requests one instance takes on at once, and when a refused caller may come
 * back. The values are set in one place, common's {@code META-INF/microprofile-config.properties}, beside the reason.
 */
@ConfigMapping(prefix = "suite.overload")
public interface OverloadConfig {

    /**
     * API requests one instance works on at the same time; the next one is refused at once with a 503. Set from
     * measurement (docs/benchmarks.md, "Overload"): enough to keep the connection pool busy, few enough that a request
     * admitted under overload still answers well within its latency goal.
     */
    int maxInFlightRequests();

    /** The {@code Retry-After} of a 503: a caller that honours it comes back once the burst has drained. */
    Duration retryAfter();
}
