package vnla.notification.escalation;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often overdue alerts are looked for, and how many at a time (the deadlines themselves: AcknowledgementDeadlines). */
@ConfigMapping(prefix = "notification.escalation")
public interface EscalationConfig {

    /** How often the job looks for alerts past their deadline. */
    @WithDefault("10s")
    Duration pollInterval();

    /** Overdue alerts escalated per transaction. */
    @WithDefault("50")
    int batchSize();

    /**
     * How long before its deadline a request for verification still unanswered is sent again to its tier as a reminder
     * (half way instead, when the whole time given is shorter than twice this).
     */
    @WithDefault("PT24H")
    Duration verificationReminder();
}
