package vnla.common.inbox;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;

/**
 * Events that arrived before the earlier event of their aggregate they follow, kept per consumer and aggregate in
 * arrival order. Parking happens in the transaction that records the event in the inbox, so a redelivery finds it
 * handled; the transaction that applies the predecessor applies them after it, each once, and removes them. Gauge
 * {@code consumer.events.parked}.
 */
@ApplicationScoped
public class ParkedEvents {

    private final EntityManager em;
    private final AtomicLong parkedCount = new AtomicLong();

    public ParkedEvents(EntityManager em, MeterRegistry registry) {
        this.em = em;
        Gauge.builder("consumer.events.parked", parkedCount, AtomicLong::get)
                .description("Events kept until the earlier event of their aggregate they follow is applied").register(registry);
    }

    /**
     * Serialises the events of one aggregate for one consumer until the transaction ends: a replay, or a partition
     * moving between instances, never parks an event while another transaction applies its predecessor.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String consumer, String aggregateId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:consumer), hashtext(:aggregate))")
                .setParameter("consumer", consumer).setParameter("aggregate", aggregateId).getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void park(String consumer, String aggregateId, CloudEvent event) {
        ParkedEvent.of(consumer, aggregateId, event).persist();
    }

    /** The events parked for the aggregate, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ParkedEvent> queue(String consumer, String aggregateId) {
        return ParkedEvent.list("consumer = ?1 and aggregateId = ?2", Sort.by("position"), consumer, aggregateId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(ParkedEvent parked) {
        parked.delete();
    }

    @Scheduled(every = "${suite.inbox.gauge-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshGauge() {
        try {
            parkedCount.set(QuarkusTransaction.requiringNew().call(ParkedEvent::count));
        } catch (RuntimeException e) {
            // the gauge keeps its last value until the database answers again
        }
    }
}
