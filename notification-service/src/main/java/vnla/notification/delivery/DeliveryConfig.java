package vnla.notification.delivery;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhook delivery: retry schedule, timeouts and how many endpoints are called at once. */
@ConfigMapping(prefix = "notification.delivery")
public interface DeliveryConfig {

    /** Delay before the second attempt; doubles with each further attempt (with jitter). */
    @WithDefault("PT10S")
    Duration baseDelay();

    /** Longest delay between two attempts, and longest Retry-After honoured. */
    @WithDefault("PT1H")
    Duration maxDelay();

    /** Attempts before a delivery is EXHAUSTED. */
    @WithDefault("8")
    int maxAttempts();

    /**
     * The one deadline of an attempt, covering resolving, connecting, sending and the whole answer (headers and body): an
     * endpoint that trickles its answer cannot hold a sender past it.
     */
    @WithDefault("PT10S")
    Duration timeout();

    /** Endpoints called at once by one instance; a slow endpoint holds one slot, never the others. */
    @WithDefault("16")
    int concurrency();

    /**
     * Calls in flight to one subscription at once, across instances (approximately, when several claim together): a
     * slow partner with many alerts queued cannot take every slot.
     */
    @WithDefault("4")
    int perEndpointConcurrency();

    /** Deliveries claimed per round. */
    @WithDefault("50")
    int batchSize();

    /** How often due deliveries are looked for besides being woken on commit. */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long a claimed attempt may stay in flight; after that it is taken to be lost with a crashed instance and is
     * retried. Longer than the timeout.
     */
    @WithDefault("PT1M")
    Duration claimLease();
}
