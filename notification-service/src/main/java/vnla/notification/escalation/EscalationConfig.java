package vnla.notification.escalation;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import vnla.common.event.Vocabulary;

/** Acknowledgement deadlines per priority, and how often overdue alerts are looked for. */
@ConfigMapping(prefix = "notification.escalation")
public interface EscalationConfig {

    @WithDefault("PT15M")
    Duration flash();

    @WithDefault("PT1H")
    Duration urgent();

    @WithDefault("PT24H")
    Duration routine();

    /** How often the job looks for alerts past their deadline. */
    @WithDefault("10s")
    Duration pollInterval();

    /** Overdue alerts escalated per transaction. */
    @WithDefault("50")
    int batchSize();

    default Duration deadline(Vocabulary.Priority priority) {
        return switch (priority) {
            case FLASH -> flash();
            case URGENT -> urgent();
            case ROUTINE -> routine();
        };
    }
}
