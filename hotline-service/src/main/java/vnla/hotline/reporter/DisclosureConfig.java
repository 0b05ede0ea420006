package vnla.hotline.reporter;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rules of two-person disclosure. */
@ConfigMapping(prefix = "hotline.disclosure")
public interface DisclosureConfig {

    /** How long after approval the requester may read the identity, once. */
    @WithDefault("PT1H")
    Duration approvalWindow();
}
