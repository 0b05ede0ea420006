package vnla.common.time;

import java.time.InstantSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** The clock every time-dependent rule reads; tests replace it with one they move. */
@ApplicationScoped
public class Clocks {

    @Produces
    @DefaultBean
    @ApplicationScoped
    InstantSource system() {
        return InstantSource.system();
    }
}
