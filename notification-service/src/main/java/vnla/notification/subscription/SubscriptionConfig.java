package vnla.notification.subscription;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Subscription settings. */
@ConfigMapping(prefix = "notification.subscription")
public interface SubscriptionConfig {

    /** How long a rotated-out webhook secret keeps signing next to the new one. */
    @WithDefault("PT24H")
    Duration secretRotationGrace();
}
