package vnla.common.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * What waits in the outbox, read from the database (so every instance reports the same): pending events, events set
 * aside, and how long the oldest pending one has waited. Exposed as the gauges {@code outbox.events.pending},
 * {@code outbox.events.set-aside} and {@code outbox.oldest.pending.age} (seconds), refreshed every
 * {@code suite.outbox.gauge-interval}; the relay health group reads it fresh.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    /** The outbox at one moment. */
    public record State(long pending, long setAside, Optional<OffsetDateTime> oldestPending) {

        /** How long the oldest pending event has waited; zero when none is pending. */
        public Duration oldestPendingAge() {
            return oldestPending.map(at -> Duration.between(at.toInstant(), CLOCK.instant())).filter(age -> !age.isNegative())
                    .orElse(Duration.ZERO);
        }
    }

    /** The clock {@link Outbox} stamps events with, so ages compare like with like (a test clock moves neither). */
    private static final InstantSource CLOCK = InstantSource.system();

    private final EntityManager em;
    private final AtomicReference<State> last = new AtomicReference<>(new State(0, 0, Optional.empty()));

    public OutboxBacklog(EntityManager em, MeterRegistry registry) {
        this.em = em;
        Gauge.builder("outbox.events.pending", last, s -> s.get().pending())
                .description("Outbox events not yet published (set-aside ones excluded)").register(registry);
        Gauge.builder("outbox.events.set-aside", last, s -> s.get().setAside())
                .description("Outbox events set aside after the broker refused them, waiting for an operator").register(registry);
        Gauge.builder("outbox.oldest.pending.age", last, s -> s.get().oldestPendingAge().toMillis() / 1000.0)
                .baseUnit("seconds").description("How long the oldest pending outbox event has waited").register(registry);
    }

    /** Reads the outbox now, through the partial indexes on pending and set-aside rows. */
    public State read() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long pending = ((Number) em.createNativeQuery(
                    "select count(*) from outbox_event where published_at is null and set_aside_at is null").getSingleResult()).longValue();
            long setAside = ((Number) em.createNativeQuery(
                    "select count(*) from outbox_event where set_aside_at is not null").getSingleResult()).longValue();
            @SuppressWarnings("unchecked")
            Optional<OffsetDateTime> oldest = em.createNativeQuery("""
                    select cast(extract(epoch from occurred_at) * 1000 as bigint) from outbox_event
                    where published_at is null and set_aside_at is null order by position limit 1""")
                    .getResultList().stream().findFirst()
                    .map(millis -> OffsetDateTime.ofInstant(Instant.ofEpochMilli(((Number) millis).longValue()), ZoneOffset.UTC));
            return new State(pending, setAside, oldest);
        });
    }

    @Scheduled(every = "${suite.outbox.gauge-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            last.set(read());
        } catch (RuntimeException e) {
            // the age gauge keeps growing from the last oldest event known until the database answers again
            LOG.warnf("Outbox gauges not refreshed: %s", e.getMessage());
        }
    }

    /** The state last read by the gauges' refresh. */
    public State lastRead() {
        return last.get();
    }
}
