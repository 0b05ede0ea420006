package vnla.common.ratelimit;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/** {@code suite.rate-limits.<name>.per-agency|per-caller|period}: how many calls each agency and each caller may make per period. */
@ConfigMapping(prefix = "suite.rate-limits")
public interface RateLimitConfig {

    @WithParentName
    Map<String, Limit> limits();

    /** One named limit. */
    interface Limit {
        /** Calls all callers of one agency together may make per period. */
        long perAgency();

        /** Calls one caller (token subject) may make per period. */
        long perCaller();

        @WithDefault("PT1M")
        Duration period();
    }
}
