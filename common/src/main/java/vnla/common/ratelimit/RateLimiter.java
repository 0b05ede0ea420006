package vnla.common.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets (Bucket4j) per limit name and agency, and per limit name and caller, held in this process: with two
 * instances each keeps its own buckets, so the effective limit doubles (a PostgreSQL-backed Bucket4j proxy is the
 * next step when that matters).
 */
@ApplicationScoped
public class RateLimiter {

    private final RateLimitConfig config;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitConfig config) {
        this.config = config;
    }

    /** Takes one call from the caller's and the agency's buckets, or throws a 429 saying how long to wait. */
    public void acquire(String name, String agency, String caller) {
        RateLimitConfig.Limit limit = config.limits().get(name);
        if (limit == null) {
            throw new IllegalStateException("no rate limit configured as suite.rate-limits." + name);
        }
        // the caller's own bucket first, so one noisy caller does not drain the agency's share for its colleagues
        take(name + "|caller|" + agency + "/" + caller, limit.perCaller(), limit, "You have");
        take(name + "|agency|" + agency, limit.perAgency(), limit, "Agency " + agency + " has");
    }

    private void take(String key, long capacity, RateLimitConfig.Limit limit, String who) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            throw new RateLimitExceeded(who + " made " + capacity + " such requests within " + limit.period().toSeconds()
                    + " s; try again in " + seconds + " s", seconds);
        }
    }
}
