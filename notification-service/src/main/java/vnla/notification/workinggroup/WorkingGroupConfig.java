package vnla.notification.workinggroup;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Working-group settings. */
@ConfigMapping(prefix = "notification.working-groups")
public interface WorkingGroupConfig {

    /**
     * The zone in which a group's period days start and end: Indochina Time, the local time of both countries (and the
     * zone of case-service's operation periods).
     */
    @WithDefault("Asia/Vientiane")
    ZoneId zone();
}
