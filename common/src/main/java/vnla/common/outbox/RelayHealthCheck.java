package vnla.common.outbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.jboss.logging.Logger;

import io.smallrye.health.api.HealthGroup;

/**
 * Whether the outbox relay keeps up: UP while the oldest pending event has waited less than
 * {@code suite.outbox.max-pending-age}. Its own health group ({@code /q/health/group/relay} on the management port),
 * not part of readiness: a service whose broker is down still takes requests, and its events wait in the outbox.
 */
@HealthGroup(RelayHealthCheck.GROUP)
@ApplicationScoped
public class RelayHealthCheck implements HealthCheck {

    public static final String GROUP = "relay";
    private static final Logger LOG = Logger.getLogger(RelayHealthCheck.class);

    private final OutboxBacklog backlog;
    private final OutboxConfig config;

    public RelayHealthCheck(OutboxBacklog backlog, OutboxConfig config) {
        this.backlog = backlog;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox relay")
                .withData("maxPendingAgeSeconds", config.maxPendingAge().toSeconds());
        try {
            OutboxBacklog.State state = backlog.read();
            Duration age = state.oldestPendingAge();
            return response.status(age.compareTo(config.maxPendingAge()) < 0)
                    .withData("pendingEvents", state.pending())
                    .withData("oldestPendingAgeSeconds", age.toSeconds())
                    .withData("setAsideEvents", state.setAside())
                    .build();
        } catch (RuntimeException e) {
            LOG.warnf("Relay health: the outbox cannot be read: %s", e.getMessage());
            return response.down().withData("error", "the outbox cannot be read: " + e.getClass().getSimpleName()).build();
        }
    }
}
