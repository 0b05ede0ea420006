package vnla.cases.alert;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vnla.cases.operation.JointOperation;
import vnla.cases.tip.TipProjection;
import vnla.cases.timeline.Timeline;
import vnla.cases.timeline.TimelineKind;
import vnla.common.event.AlertRequested;
import vnla.common.event.Vocabulary;
import vnla.common.outbox.Outbox;

/**
 * Asks notification-service to alert partner forces about a tip, naming only the recipients the release policy allows,
 * and records every refusal. Emits nothing when no recipient remains.
 */
@ApplicationScoped
public class AlertRequests {

    /** The actor of decisions that follow hotline-service's events rather than a person's request. */
    static final String SERVICE_ACTOR = "case-service";

    private final ReleasePolicy policy;
    private final Outbox outbox;
    private final Timeline timeline;

    public AlertRequests(ReleasePolicy policy, Outbox outbox, Timeline timeline) {
        this.policy = policy;
        this.outbox = outbox;
        this.timeline = timeline;
    }

    /** A tip triaged cross-border with an alerting priority: tell the partner agencies named at triage. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReleaseDecision onCrossBorderTriage(TipProjection tip) {
        return decide(ReleaseDecision.Trigger.CROSS_BORDER_TRIAGE, tip, null, tip.partners(), SERVICE_ACTOR);
    }

    /** A tip linked to a joint operation: tell the operation's other parties. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReleaseDecision onLink(TipProjection tip, JointOperation operation, String actor) {
        return decide(ReleaseDecision.Trigger.TIP_LINKED, tip, operation, operation.parties(), actor);
    }

    private ReleaseDecision decide(ReleaseDecision.Trigger trigger, TipProjection tip, JointOperation operation,
            Collection<String> candidates, String actor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // a partner is alerted about a tip once, whichever of triage and linking comes first
        List<String> alreadyAlerted = alreadyAlerted(tip);
        List<String> notYetAlerted = candidates.stream().filter(c -> !alreadyAlerted.contains(c)).toList();
        ReleasePolicy.Decision decision = policy.decide(tip.receivingAgency, notYetAlerted, tip.handlingCode(), tip.partners(), now);
        if (decision.recipients().isEmpty() && decision.refusals().isEmpty()) {
            return null;
        }
        Vocabulary.MessageStatus status = operation != null && operation.exercise
                ? Vocabulary.MessageStatus.EXERCISE : Vocabulary.MessageStatus.ACTUAL;
        ReleaseDecision record = new ReleaseDecision();
        record.id = UUID.randomUUID();
        record.tipId = tip.id;
        record.operationId = operation == null ? null : operation.id;
        record.trigger = trigger;
        record.senderAgency = tip.receivingAgency;
        record.recipients = new ArrayList<>(decision.recipients());
        record.requested = !decision.recipients().isEmpty();
        record.priority = record.requested ? tip.priority : null;
        record.messageStatus = record.requested ? status : null;
        record.decidedBy = actor;
        record.decidedAt = now;
        decision.refusals().forEach((recipient, reason) -> record.refusals.add(new ReleaseDecision.Refusal(recipient, reason)));
        record.persist();

        if (record.requested) {
            AlertRequested.References references = new AlertRequested.References(tip.id, tip.reference,
                    operation == null ? null : operation.id, operation == null ? null : operation.codeName);
            outbox.append(record.id.toString(), new AlertRequested(record.id, tip.receivingAgency, List.copyOf(decision.recipients()),
                    status, Vocabulary.MessageType.ALERT, tip.priority, tip.handlingCode(), tip.category, references,
                    tip.location(), tip.description, tip.language, now));
        }
        if (operation != null) {
            recordOnTimeline(record, tip, operation, actor);
        }
        return record;
    }

    @SuppressWarnings("unchecked")
    private static List<String> alreadyAlerted(TipProjection tip) {
        return ReleaseDecision.getEntityManager()
                .createNativeQuery("select distinct unnest(recipients) from release_decision where tip_id = :tip and requested")
                .setParameter("tip", tip.id)
                .getResultList();
    }

    private void recordOnTimeline(ReleaseDecision record, TipProjection tip, JointOperation operation, String actor) {
        if (record.requested) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("requestId", record.id.toString());
            details.put("tipId", tip.id.toString());
            details.put("tipReference", tip.reference);
            details.put("recipients", record.recipients);
            details.put("priority", record.priority.name());
            details.put("messageStatus", record.messageStatus.name());
            timeline.record(operation.id, TimelineKind.ALERT_REQUESTED, actor, record.decidedAt, details);
        }
        for (ReleaseDecision.Refusal refusal : record.refusals) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("decisionId", record.id.toString());
            details.put("tipId", tip.id.toString());
            details.put("tipReference", tip.reference);
            details.put("recipient", refusal.recipient);
            details.put("reason", refusal.reason.name());
            timeline.record(operation.id, TimelineKind.RELEASE_REFUSED, actor, record.decidedAt, details);
        }
    }
}
