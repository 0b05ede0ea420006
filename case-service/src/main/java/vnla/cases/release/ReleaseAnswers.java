package vnla.cases.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vnla.common.event.AlertAnswered;

/** Adds a partner's answer to an alert to the release decision that requested it, in the transaction that received it. */
@ApplicationScoped
public class ReleaseAnswers {

    private static final Logger LOG = Logger.getLogger(ReleaseAnswers.class);

    @Transactional(Transactional.TxType.MANDATORY)
    void onAnswered(@Observes AlertAnswered answered) {
        ReleaseDecision decision = ReleaseDecision.findById(answered.requestId());
        if (decision == null || !decision.recipients.contains(answered.recipientAgency())) {
            LOG.warnf("Answer %s from %s names alert request %s, which did not alert it: not in any release history",
                    answered.answerId(), answered.recipientAgency(), answered.requestId());
            return;
        }
        if (ReleaseAnswer.findById(answered.answerId()) != null) {
            return;
        }
        ReleaseAnswer answer = new ReleaseAnswer();
        answer.answerId = answered.answerId();
        answer.decisionId = decision.id;
        answer.alertId = answered.alertId();
        answer.recipient = answered.recipientAgency();
        answer.result = answered.result();
        answer.note = answered.note();
        answer.language = answered.language();
        answer.answeredBy = answered.answeredBy();
        answer.answeredAt = answered.answeredAt();
        answer.persist();
    }
}
