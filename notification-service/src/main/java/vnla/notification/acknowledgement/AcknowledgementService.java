package vnla.notification.acknowledgement;

import java.net.URI;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vnla.common.idempotency.Idempotency;
import vnla.common.outbox.Outbox;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.time.SystemTime;
import vnla.notification.alert.Acknowledgements;
import vnla.notification.alert.Alert;
import vnla.notification.alert.AlertEvents;
import vnla.notification.alert.AlertService;
import vnla.notification.alert.AlertView;
import vnla.notification.workinggroup.WorkingGroup;
import vnla.notification.workinggroup.WorkingGroupService;

/**
 * Records that a person read an alert: escalation stops (a request for verification's only once it is answered) and
 * notifications.alert.acknowledged is emitted. A working group's liaison officer acknowledges the alerts its group
 * received, while the group is stationed only.
 */
@ApplicationScoped
public class AcknowledgementService implements Acknowledgements {

    private final AlertService alerts;
    private final Caller caller;
    private final Outbox outbox;
    private final EntityManager em;
    private final InstantSource clock;
    private final WorkingGroupService groups;

    public AcknowledgementService(AlertService alerts, Caller caller, Outbox outbox, EntityManager em, InstantSource clock,
            WorkingGroupService groups) {
        this.groups = groups;
        this.alerts = alerts;
        this.caller = caller;
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created acknowledge(UUID alertId, AcknowledgementRequest request) {
        Alert alert = alerts.findReceived(alertId);
        WorkingGroup group = groups.callerGroup().orElse(null);
        if (group != null) {
            groups.requireStationed(group);
        }
        // the escalation job skips an alert locked here, and sees it acknowledged afterwards
        em.lock(alert, LockModeType.PESSIMISTIC_WRITE);
        if (alert.acknowledgedAt != null) {
            throw ProblemException.conflict("The alert was already acknowledged on " + alert.acknowledgedAt);
        }
        OffsetDateTime now = SystemTime.utcNow(clock);
        Acknowledgement ack = new Acknowledgement();
        ack.alertId = alert.id;
        ack.officerName = request.officerName().strip();
        ack.officerRank = request.officerRank() == null || request.officerRank().isBlank() ? null : request.officerRank().strip();
        ack.acknowledgedBy = caller.subject();
        ack.acknowledgedAt = now;
        ack.workingGroupId = group == null ? null : group.id;
        ack.persist();
        alert.acknowledgedAt = now;
        if (!alert.isVerification()) {
            // a request for verification escalates until it is answered: reading it is not answering it
            alert.ackDeadline = null;
        }
        outbox.append(alert.id.toString(), AlertEvents.acknowledged(alert, ack.officerName, ack.officerRank, ack.acknowledgedBy, now));
        return new Idempotency.Created(URI.create("/api/v1/alerts/" + alert.id + "/acknowledgements"), ack.view());
    }

    @Override
    public AlertView.Acknowledgement of(UUID alertId) {
        return Acknowledgement.viewOf(alertId);
    }
}
