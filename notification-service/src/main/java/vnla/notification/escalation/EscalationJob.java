package vnla.notification.escalation;

import java.time.Duration;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import vnla.common.outbox.Outbox;
import vnla.common.time.SystemTime;
import vnla.common.trace.TraceContext;
import vnla.notification.agency.AgencyContact;
import vnla.notification.agency.AgencyService;
import vnla.notification.agency.Tier;
import vnla.notification.alert.AcknowledgementDeadlines;
import vnla.notification.alert.Alert;
import vnla.notification.alert.AlertEvents;
import vnla.notification.alert.AlertIssued;
import vnla.notification.alert.AlertTexts;
import vnla.notification.delivery.DeliveryScheduler;

/**
 * Escalates alerts not acknowledged by their deadline, driven by the database: each round claims overdue alerts with
 * {@code FOR UPDATE SKIP LOCKED}, so with several instances each breach is handled once, and a restart picks up
 * whatever fell due meanwhile. The alert moves one tier up, the breach and the notified contacts are recorded, the next
 * tier's copy is sent, and notifications.alert.escalated is emitted, all in one transaction. When no subscription takes
 * the alert and no contact is on duty at that tier, the breach is recorded as NO_RECIPIENT, the receiving country's
 * ministry contacts are notified instead, and notifications.alert.reached-no-one tells the sender, naming no one. A
 * request for verification escalates the same way past its deadline until it is answered, acknowledged or not; before
 * that, while it is still unanswered, its tier is sent it once more as a reminder (a day before the deadline, or half way
 * for a shorter one).
 */
@ApplicationScoped
public class EscalationJob {

    private static final Logger LOG = Logger.getLogger(EscalationJob.class);

    private final EntityManager em;
    private final EscalationConfig config;
    private final AcknowledgementDeadlines deadlines;
    private final AlertTexts texts;
    private final DeliveryScheduler deliveries;
    private final Outbox outbox;
    private final InstantSource clock;
    private volatile boolean stopping;

    public EscalationJob(EntityManager em, EscalationConfig config, AcknowledgementDeadlines deadlines, AlertTexts texts,
            DeliveryScheduler deliveries, Outbox outbox, InstantSource clock) {
        this.em = em;
        this.config = config;
        this.deadlines = deadlines;
        this.texts = texts;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.clock = clock;
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "${notification.escalation.poll-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void escalateOverdue() {
        if (stopping) {
            return;
        }
        try {
            while (escalateBatch() == config.batchSize()) {
                // a full batch: more are probably overdue
            }
            while (remindBatch() == config.batchSize()) {
                // a full batch: more reminders are probably due
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not escalate overdue alerts, will retry: %s", e.getMessage());
        }
    }

    /** One round: escalates up to a batch of overdue alerts, returns how many. */
    public int escalateBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = SystemTime.utcNow(clock);
            @SuppressWarnings("unchecked")
            List<Alert> overdue = em.createNativeQuery("""
                    select * from alert
                    where (acknowledged_at is null or verification is not null) and ack_deadline <= :now and cancelled_at is null
                    order by ack_deadline
                    limit :limit
                    for update skip locked""", Alert.class)
                    .setParameter("now", now)
                    .setParameter("limit", config.batchSize())
                    .getResultList();
            overdue.forEach(alert -> escalate(alert, now));
            return overdue.size();
        });
    }

    /** A request for verification issued with a deadline gets the time its tier is reminded, in the transaction that issues it. */
    void onIssued(@Observes AlertIssued issued) {
        Alert alert = issued.alert();
        if (alert.isVerification() && alert.verification.awaitsAnswer() && alert.ackDeadline != null) {
            Duration half = Duration.between(alert.sent, alert.ackDeadline).dividedBy(2);
            Duration lead = config.verificationReminder().compareTo(half) < 0 ? config.verificationReminder() : half;
            alert.remindAt = alert.ackDeadline.minus(lead);
        }
    }

    /**
     * One round of reminders: each request for verification still unanswered whose reminder time has come is sent again
     * to its tier's subscriptions, its headline saying it is a reminder; returns how many (the answer and an escalation
     * clear a reminder still to come).
     */
    public int remindBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = SystemTime.utcNow(clock);
            @SuppressWarnings("unchecked")
            List<Alert> due = em.createNativeQuery("""
                    select * from alert
                    where remind_at <= :now and ack_deadline is not null and cancelled_at is null
                    order by remind_at
                    limit :limit
                    for update skip locked""", Alert.class)
                    .setParameter("now", now)
                    .setParameter("limit", config.batchSize())
                    .getResultList();
            due.forEach(alert -> remind(alert, now));
            return due.size();
        });
    }

    private void remind(Alert alert, OffsetDateTime now) {
        alert.remindAt = null;
        alert.remindedAt = now;
        alert.info = texts.render(alert);
        try (Scope trace = TraceContext.continuing(alert.traceparent)) {
            int copies = deliveries.schedule(alert, alert.tier).size();
            LOG.infof("Request for verification %s (alert %s) for %s is not answered yet, due %s: reminded at %s (%d copies)",
                    alert.requestId, alert.id, alert.recipientAgency, alert.ackDeadline, alert.tier, copies);
        }
    }

    private void escalate(Alert alert, OffsetDateTime now) {
        Optional<Tier> next = alert.tier.next();
        if (next.isEmpty()) {
            alert.ackDeadline = null;
            return;
        }
        Tier from = alert.tier;
        Tier to = next.get();
        // a reminder still to come is moot once the deadline has passed: the next tier gets the request itself
        alert.remindAt = null;
        Escalation escalation = new Escalation();
        escalation.id = UUID.randomUUID();
        escalation.alertId = alert.id;
        escalation.fromTier = from;
        escalation.toTier = to;
        escalation.deadline = alert.ackDeadline;
        escalation.escalatedAt = now;
        alert.tier = to;
        // the top tier has no one above it: no further deadline
        alert.ackDeadline = to.next().isPresent() ? now.plus(deadlines.deadline(alert.priority)) : null;
        alert.info = texts.render(alert);
        List<AgencyContact> onDuty = AgencyService.onDuty(alert.recipientAgency, to);
        // the job has no trace of its own: the copies for the next tier and the events continue the alert's
        try (Scope trace = TraceContext.continuing(alert.traceparent)) {
            boolean subscribed = !deliveries.schedule(alert, to).isEmpty();
            escalation.outcome = subscribed || !onDuty.isEmpty() ? Escalation.Outcome.NOTIFIED : Escalation.Outcome.NO_RECIPIENT;
            escalation.persist();
            outbox.append(alert.id.toString(), AlertEvents.escalated(alert, from.name(), to.name(), escalation.deadline, now));
            if (escalation.outcome == Escalation.Outcome.NO_RECIPIENT) {
                outbox.append(alert.id.toString(), AlertEvents.reachedNoOne(alert, to.name(), now));
            }
        }
        List<AgencyContact> notified = escalation.outcome == Escalation.Outcome.NOTIFIED ? onDuty
                : AgencyService.ministryOnDuty(alert.recipientAgency);
        notified.forEach(contact -> recordNotified(escalation, contact));
        if (escalation.outcome == Escalation.Outcome.NO_RECIPIENT) {
            LOG.warnf("Alert %s for %s was not %s by %s and escalated from %s to %s, where no subscription takes it and "
                    + "no contact is on duty: %d ministry contacts notified", alert.id, alert.recipientAgency, breach(alert),
                    escalation.deadline, from, to, notified.size());
        } else {
            LOG.infof("Alert %s for %s was not %s by %s: escalated from %s to %s", alert.id, alert.recipientAgency, breach(alert),
                    escalation.deadline, from, to);
        }
    }

    /** What the receiving side failed to do in time: a request for verification is due an answer, an alert a reading. */
    private static String breach(Alert alert) {
        return alert.isVerification() ? "answered" : "acknowledged";
    }

    private static void recordNotified(Escalation escalation, AgencyContact contact) {
        EscalationNotification notification = new EscalationNotification();
        notification.id = UUID.randomUUID();
        notification.escalationId = escalation.id;
        notification.agencyId = contact.agencyId;
        notification.contactName = contact.name;
        notification.contactRank = contact.rank;
        notification.phone = contact.phone;
        notification.email = contact.email;
        notification.persist();
    }
}
