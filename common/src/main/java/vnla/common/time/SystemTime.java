package vnla.common.time;

import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/** The clock every time-dependent rule reads: the system's, unless a test (or a service) supplies another bean. */
@Singleton
public class SystemTime {

    /** The clock's instant as the UTC time the suite stores and publishes. */
    public static OffsetDateTime utcNow(InstantSource clock) {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Produces
    @Singleton
    @DefaultBean
    InstantSource instantSource() {
        return InstantSource.system();
    }
}
