package vnla.common.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tuning of the outbox relay. */
@ConfigMapping(prefix = "suite.outbox")
public interface OutboxConfig {

    /** Events published per transaction. */
    @WithDefault("200")
    int batchSize();

    /** How often the relay looks for pending events besides being woken on commit. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long the relay waits for the broker to confirm a batch before it tries again later. */
    @WithDefault("15s")
    Duration sendTimeout();

    /** How long published events are kept for inspection before they are deleted. */
    @WithDefault("P7D")
    Duration retention();

    /**
     * Sends an event may fail because of itself (too large for the broker, an invalid topic) before it is set aside so
     * the events behind it flow.
     */
    @WithDefault("5")
    int maxAttempts();

    /** The relay health group reports DOWN once the oldest pending event has waited longer than this. */
    @WithDefault("60s")
    Duration maxPendingAge();

    /** How often the outbox gauges (pending, set aside, oldest pending age) are read from the database. */
    @WithDefault("5s")
    Duration gaugeInterval();
}
