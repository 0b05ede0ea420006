package vnla.notification.answer;

import java.net.URI;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import vnla.common.event.AlertAnswered;
import vnla.common.event.Vocabulary;
import vnla.common.idempotency.Idempotency;
import vnla.common.outbox.Outbox;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.time.SystemTime;
import vnla.notification.alert.Alert;
import vnla.notification.alert.AlertEvents;
import vnla.notification.alert.AlertService;

/**
 * Records the receiving agency's answers to its alerts and emits notifications.alert.answered for the sender; an answered
 * alert escalates no further.
 */
@ApplicationScoped
public class AnswerService {

    private final AlertService alerts;
    private final Caller caller;
    private final Outbox outbox;
    private final EntityManager em;
    private final InstantSource clock;

    public AnswerService(AlertService alerts, Caller caller, Outbox outbox, EntityManager em, InstantSource clock) {
        this.alerts = alerts;
        this.caller = caller;
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    /**
     * Only the recipient answers (404 otherwise); a recalled alert, or a CANCEL, has nothing left to answer, and an alert
     * takes at most {@link AlertAnswered#MAX_PER_ALERT} answers (409).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created answer(UUID alertId, AnswerRequest request) {
        Alert alert = alerts.find(alertId);
        // concurrent answers to one alert count one after the other
        em.lock(alert, LockModeType.PESSIMISTIC_WRITE);
        if (alert.cancelled() || alert.messageType == Vocabulary.MessageType.CANCEL) {
            throw ProblemException.conflict("The alert was recalled: there is nothing left to answer");
        }
        if (alert.isVerification()) {
            throw ProblemException.conflict("The alert is a message of the request for verification " + alert.verification.reference()
                    + ": answer the request itself in case-service (POST /api/v1/requests/" + alert.requestId + "/answer)");
        }
        if (Answer.count("alertId", alert.id) >= AlertAnswered.MAX_PER_ALERT) {
            throw ProblemException.conflict("The alert already has " + AlertAnswered.MAX_PER_ALERT + " answers, the most it takes");
        }
        Answer answer = new Answer();
        answer.id = UUID.randomUUID();
        answer.alertId = alert.id;
        answer.result = request.result();
        answer.note = request.note();
        answer.language = request.language();
        answer.answeredBy = caller.subject();
        answer.answeredAt = SystemTime.utcNow(clock);
        answer.persist();
        // an answer shows the alert was read: it escalates no further (the acknowledgement stays an officer's to sign)
        alert.ackDeadline = null;
        outbox.append(alert.id.toString(), AlertEvents.answered(alert, answer.id, answer.result, answer.note, answer.language,
                answer.answeredBy, answer.answeredAt));
        return new Idempotency.Created(URI.create("/api/v1/alerts/" + alert.id + "/answers/" + answer.id), answer.view());
    }

    /** The recipient's answers to its alert, oldest first. */
    public vnla.common.web.Page<AnswerView> list(UUID alertId, int page, int size) {
        Alert alert = alerts.find(alertId);
        var found = Answer.<Answer>find("alertId", Sort.by("answeredAt").and("id"), alert.id).page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list().stream().map(Answer::view).toList(), page, size, found.count());
    }

    public AnswerView one(UUID alertId, UUID answerId) {
        Alert alert = alerts.find(alertId);
        Answer answer = Answer.findById(answerId);
        if (answer == null || !answer.alertId.equals(alert.id)) {
            throw ProblemException.notFound("Answer " + answerId);
        }
        return answer.view();
    }
}
