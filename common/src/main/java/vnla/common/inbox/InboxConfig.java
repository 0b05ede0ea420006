package vnla.common.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How patient consumers are, and how the dead-letter topics are read. */
@ConfigMapping(prefix = "suite.inbox")
public interface InboxConfig {

    /** Retries of an effect that failed (the database restarting, a lock time-out) before its event is dead-lettered. */
    Retry retry();

    /** How often the {@code consumer.events.parked} gauge is read from the database. */
    @WithDefault("5s")
    Duration gaugeInterval();

    /** The newest records read per dead-letter topic partition when dead letters are listed. */
    @WithDefault("10000")
    int deadLetterScanLimit();

    /** How long reading a dead-letter topic may take before the endpoint answers 503. */
    @WithDefault("10s")
    Duration deadLetterReadTimeout();

    /** Exponential backoff, from the first delay doubling up to the longest, until the give-up time has passed. */
    interface Retry {

        @WithDefault("500ms")
        Duration firstDelay();

        @WithDefault("10s")
        Duration maxDelay();

        /**
         * No retry starts later than this after the first attempt: 2 minutes ride out a PostgreSQL restart or a
         * 30-second outage with room to spare. Keep it below the connector's
         * {@code throttled.unprocessed-record-max-age.ms}, which closes a consumer whose record waits longer.
         */
        @WithDefault("2m")
        Duration giveUpAfter();
    }
}
