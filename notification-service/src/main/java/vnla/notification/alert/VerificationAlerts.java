package vnla.notification.alert;

import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vnla.common.event.VerificationMessageSent;
import vnla.common.event.VerificationMessageSent.Message;
import vnla.common.event.Vocabulary;
import vnla.common.time.SystemTime;
import vnla.common.trace.TraceContext;
import vnla.notification.agency.Agency;
import vnla.notification.agency.Tier;

/**
 * Makes each message of a request for verification an alert of kind verification for the agency it is addressed to, sent
 * and acknowledged like any alert. The request itself (SENT) must be answered by its deadline: past it, it escalates
 * through the requested side's tiers as an unacknowledged alert does, until the answer arrives (an acknowledgement says
 * only that a person read it). Messages to the requested side go to the tier the request has reached. A message that
 * arrives before its request waits for it in the inbox, as a withdrawal waits for its alert request.
 */
@ApplicationScoped
public class VerificationAlerts {

    private static final Logger LOG = Logger.getLogger(VerificationAlerts.class);

    private final AlertTexts texts;
    private final Event<AlertIssued> issued;
    private final InstantSource clock;

    public VerificationAlerts(AlertTexts texts, Event<AlertIssued> issued, InstantSource clock) {
        this.texts = texts;
        this.issued = issued;
        this.clock = clock;
    }

    /** The alert of one message, or none when it may not leave its force or names no partner agency (the inbox makes it once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Alert> issue(VerificationMessageSent sent) {
        if (sent.handlingCode() == null || !sent.handlingCode().mayLeaveOriginatingForce()) {
            LOG.warnf("Request for verification %s is marked %s and must not leave its force: nothing is sent", sent.requestId(),
                    sent.handlingCode());
            return Optional.empty();
        }
        if (Agency.findById(sent.recipientAgency()) == null) {
            LOG.warnf("Request for verification %s names %s, which is not a partner agency: skipped", sent.requestId(), sent.recipientAgency());
            return Optional.empty();
        }
        // the escalation job skips the request's alert locked here, and sees it answered afterwards
        Optional<Alert> request = request(sent.requestId(), LockModeType.PESSIMISTIC_WRITE);
        if (sent.message() == Message.ANSWERED) {
            // escalation and a reminder still to come stop: what they were waiting for has come
            request.ifPresent(a -> {
                a.ackDeadline = null;
                a.remindAt = null;
            });
        }
        Alert alert = newAlert(sent);
        if (sent.message() == Message.SENT) {
            alert.ackDeadline = sent.deadline();
        } else if (sent.recipientAgency().equals(sent.requestedAgency())) {
            alert.tier = request.map(a -> a.tier).orElse(Tier.BORDER_POST);
        }
        alert.info = texts.render(alert);
        alert.persist();
        issued.fire(new AlertIssued(alert));
        return Optional.of(alert);
    }

    /**
     * Whether a later message of a request may be applied: the request itself (SENT) has been issued here. case-service
     * sends every step after SENT, and the inbox parks an early one until then (an answer must find what it stops).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean follows(VerificationMessageSent sent) {
        return sent.message() == Message.SENT || request(sent.requestId(), LockModeType.NONE).isPresent();
    }

    private static Optional<Alert> request(UUID requestId, LockModeType lock) {
        return Alert.<Alert>find("requestId = ?1 and verification is not null", requestId).withLock(lock).stream()
                .filter(a -> a.verification.awaitsAnswer()).findFirst();
    }

    private Alert newAlert(VerificationMessageSent sent) {
        OffsetDateTime now = SystemTime.utcNow(clock);
        Alert alert = new Alert();
        alert.id = UUID.randomUUID();
        alert.requestId = sent.requestId();
        alert.senderAgency = sent.recipientAgency().equals(sent.requestedAgency()) ? sent.requestingAgency() : sent.requestedAgency();
        alert.recipientAgency = sent.recipientAgency();
        alert.sent = now;
        alert.status = Vocabulary.MessageStatus.ACTUAL;
        alert.messageType = Vocabulary.MessageType.ALERT;
        alert.scope = Alert.SCOPE;
        alert.priority = sent.priority();
        alert.tlp = sent.handlingCode().tlp();
        alert.releasability = sent.handlingCode().releasability();
        alert.references = new AlertReferences(null, null, sent.operationId(), null, null);
        alert.tier = Tier.BORDER_POST;
        alert.verification = VerificationMessage.of(sent);
        alert.traceparent = TraceContext.current();
        return alert;
    }
}
