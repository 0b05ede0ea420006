package vnla.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The system clock plus an offset that tests move forward instead of sleeping: the services' {@code InstantSource}
 * in every {@code @QuarkusTest} (an alternative, found through this jar's index). Reset it after a test that moved it.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock implements InstantSource {

    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }
}
