package vnla.notification.alert;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import vnla.common.event.Vocabulary;

/** How long each tier has to acknowledge an alert, per priority; past it the escalation job moves the alert up a tier. */
@ConfigMapping(prefix = "notification.escalation")
public interface AcknowledgementDeadlines {

    @WithDefault("PT15M")
    Duration flash();

    @WithDefault("PT1H")
    Duration urgent();

    @WithDefault("PT24H")
    Duration routine();

    default Duration deadline(Vocabulary.Priority priority) {
        return switch (priority) {
            case FLASH -> flash();
            case URGENT -> urgent();
            case ROUTINE -> routine();
        };
    }
}
