package vnla.cases.victim;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rules of two-person disclosure of a victim's identity. */
@ConfigMapping(prefix = "suite.victims")
public interface VictimConfig {

    /** How long after approval the requester may read the identity, once. */
    @WithDefault("PT1H")
    Duration approvalWindow();
}
