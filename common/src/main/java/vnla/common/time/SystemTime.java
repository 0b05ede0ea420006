package vnla.common.time;

import java.time.InstantSource;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/** The clock every time-dependent rule reads: the system's, unless a test (or a service) supplies another bean. */
@Singleton
public class SystemTime {

    @Produces
    @Singleton
    @DefaultBean
    InstantSource instantSource() {
        return InstantSource.system();
    }
}
