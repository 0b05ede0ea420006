package vnla.notification.alert;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;
import vnla.common.event.AlertWithdrawn;
import vnla.common.event.HandlingCode;
import vnla.common.event.Location;
import vnla.common.event.Vocabulary;
import vnla.common.trace.TraceContext;

/**
 * Recalls earlier alerts when case-service withdraws a release: per recipient, a CAP Cancel (or Update) naming the
 * earlier alert in its references and carrying none of its free text, the earlier alert marked, and the recall sent
 * over the same channels. Idempotent per withdrawal and recipient.
 */
@ApplicationScoped
public class AlertRecalls {

    private static final Logger LOG = Logger.getLogger(AlertRecalls.class);

    private final AlertTexts texts;
    private final Event<AlertIssued> issued;
    private final Event<AlertCancelled> cancelled;
    private final EntityManager em;

    public AlertRecalls(AlertTexts texts, Event<AlertIssued> issued, Event<AlertCancelled> cancelled, EntityManager em) {
        this.texts = texts;
        this.issued = issued;
        this.cancelled = cancelled;
        this.em = em;
    }

    /**
     * Whether the request this withdrawal recalls has been issued here. Every request case-service sends names at least
     * one partner agency of the network, so a request without a single alert has not arrived yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean requestIssued(AlertWithdrawn withdrawal) {
        return Alert.count("requestId = ?1 and withdrawalId is null", withdrawal.requestId()) > 0;
    }

    /** The recall alerts made for this withdrawal; none for a recipient that never had the earlier alert. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Alert> withdraw(AlertWithdrawn withdrawal) {
        return withdrawal.recipientAgencies().stream().distinct()
                .map(recipient -> recall(withdrawal, recipient))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private Alert recall(AlertWithdrawn withdrawal, String recipient) {
        Alert earlier = Alert.<Alert>find("requestId = ?1 and recipientAgency = ?2 and withdrawalId is null",
                withdrawal.requestId(), recipient).firstResult();
        if (earlier == null) {
            LOG.infof("Withdrawal %s: %s never had an alert for request %s, nothing to recall", withdrawal.withdrawalId(), recipient,
                    withdrawal.requestId());
            return null;
        }
        // the escalation job and the dispatcher skip an alert locked here, and see it recalled afterwards
        em.lock(earlier, LockModeType.PESSIMISTIC_WRITE);
        if (Alert.count("withdrawalId = ?1 and recipientAgency = ?2", withdrawal.withdrawalId(), recipient) > 0) {
            return null;
        }
        if (earlier.cancelled()) {
            LOG.infof("Withdrawal %s: alert %s was already cancelled by %s", withdrawal.withdrawalId(), earlier.id, earlier.cancelledBy);
            return null;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        HandlingCode code = withdrawal.handlingCode() != null ? withdrawal.handlingCode() : earlier.handlingCode();
        Alert recall = newRecall(withdrawal, earlier, type(withdrawal.messageType(), code), code, now);
        recall.persist();
        String reason = withdrawal.reason() == null ? null : withdrawal.reason().name();
        if (recall.messageType == Vocabulary.MessageType.CANCEL) {
            earlier.cancelledAt = now;
            earlier.cancelledBy = recall.id;
            earlier.cancelReason = reason;
            earlier.ackDeadline = null;
            cancelled.fire(new AlertCancelled(earlier.id, recall.id, reason));
        } else {
            // copies sent on escalation carry the narrowed code
            earlier.supersededAt = now;
            earlier.supersededBy = recall.id;
            earlier.supersedeReason = reason;
            earlier.tlp = code.tlp();
            earlier.releasability = code.releasability();
        }
        issued.fire(new AlertIssued(recall));
        return recall;
    }

    /**
     * A CANCEL carries no content, so it goes out whatever its handling code, RED and NATIONAL_ONLY included (unlike an
     * ALERT). An UPDATE to a code that may not leave the force cannot be sent as an update: the release no longer holds
     * at all, so it is sent as a CANCEL.
     */
    static Vocabulary.MessageType type(Vocabulary.MessageType requested, HandlingCode code) {
        return requested == Vocabulary.MessageType.UPDATE && code.mayLeaveOriginatingForce()
                ? Vocabulary.MessageType.UPDATE
                : Vocabulary.MessageType.CANCEL;
    }

    private Alert newRecall(AlertWithdrawn withdrawal, Alert earlier, Vocabulary.MessageType type, HandlingCode code,
            OffsetDateTime now) {
        List<AlertReferences.EarlierAlert> referred = Alert.<Alert>list("requestId = ?1 and recipientAgency = ?2",
                Sort.by("sent").and("id"), earlier.requestId, earlier.recipientAgency).stream()
                .map(a -> new AlertReferences.EarlierAlert(a.id, a.senderAgency, a.sent))
                .toList();
        Alert recall = new Alert();
        recall.id = UUID.randomUUID();
        recall.requestId = earlier.requestId;
        recall.withdrawalId = withdrawal.withdrawalId();
        recall.senderAgency = earlier.senderAgency;
        recall.recipientAgency = earlier.recipientAgency;
        recall.sent = now;
        recall.status = earlier.status;
        recall.messageType = type;
        recall.scope = Alert.SCOPE;
        recall.priority = earlier.priority;
        recall.tlp = code.tlp();
        recall.releasability = code.releasability();
        recall.category = earlier.category;
        recall.traceparent = TraceContext.current();
        // earlier alert first: the instruction names it
        recall.references = earlier.references.referring(referred);
        // the province only: the place named in the tip is part of what was withdrawn
        recall.area = new Location(earlier.area.provinceCode(), null, null, null, null);
        recall.description = null;
        recall.language = earlier.language;
        recall.tier = earlier.tier;
        // a recall needs no acknowledgement and never escalates
        recall.ackDeadline = null;
        recall.info = texts.render(recall);
        return recall;
    }
}
