package vnla.cases.release;

import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.opentelemetry.context.Scope;
import vnla.cases.operation.JointOperation;
import vnla.cases.tip.TipProjection;
import vnla.cases.timeline.Timeline;
import vnla.cases.timeline.TimelineKind;
import vnla.common.event.AlertRequested;
import vnla.common.event.Vocabulary;
import vnla.common.outbox.Outbox;
import vnla.common.trace.TraceContext;

/**
 * Releases a tip to partner forces: names only the recipients the release policy allows, writes each release in the
 * ledger, asks notification-service to alert them, and records every refusal. Emits nothing when no recipient remains.
 */
@ApplicationScoped
public class ReleaseService {

    /** The actor of decisions that follow hotline-service's events rather than a person's request. */
    public static final String SERVICE_ACTOR = "case-service";

    private final ReleasePolicy policy;
    private final ReleaseLedger ledger;
    private final Outbox outbox;
    private final Timeline timeline;
    private final InstantSource clock;

    public ReleaseService(ReleasePolicy policy, ReleaseLedger ledger, Outbox outbox, Timeline timeline, InstantSource clock) {
        this.policy = policy;
        this.ledger = ledger;
        this.outbox = outbox;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** A tip triaged cross-border with an alerting priority: release it to the partner agencies named at triage. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReleaseDecision onCrossBorderTriage(TipProjection tip) {
        return decide(ReleaseDecision.Trigger.CROSS_BORDER_TRIAGE, tip, null, tip.partners(), SERVICE_ACTOR);
    }

    /** A tip linked by its own agency to a joint operation: release it to the operation's other parties. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReleaseDecision onLink(TipProjection tip, JointOperation operation, String actor) {
        return decide(ReleaseDecision.Trigger.TIP_LINKED, tip, operation, operation.parties(), actor);
    }

    /** An analyst of the owning agency releases a linked tip to the operation's partners (for example new ones). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReleaseDecision onAnalystRelease(TipProjection tip, JointOperation operation, String actor) {
        return decide(ReleaseDecision.Trigger.ANALYST_RELEASE, tip, operation, operation.parties(), actor);
    }

    private ReleaseDecision decide(ReleaseDecision.Trigger trigger, TipProjection tip, JointOperation operation,
            Collection<String> candidates, String actor) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // an agency is alerted about a tip once while its release stands, whichever of triage and linking comes first
        List<String> released = policy.standingReleases(tip.id).stream().map(entry -> entry.agency).toList();
        List<String> notYetReleased = candidates.stream().filter(c -> !released.contains(c)).toList();
        ReleasePolicy.Decision decision = policy.decide(tip, notYetReleased, now);
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
        record.recipients = new ArrayList<>(decision.recipients().keySet());
        record.requested = !decision.recipients().isEmpty();
        record.priority = record.requested ? tip.priority : null;
        record.messageStatus = record.requested ? status : null;
        record.decidedBy = actor;
        record.decidedAt = now;
        decision.refusals().forEach((recipient, reason) -> record.refusals.add(new ReleaseDecision.Refusal(recipient, reason)));
        record.persist();

        if (record.requested) {
            decision.recipients().forEach((recipient, agreementId) -> {
                ReleaseEntry entry = entry(tip, recipient, ReleaseEntry.Kind.RELEASED, record.operationId, record.id, null, actor, now);
                entry.agreementId = agreementId;
                ledger.append(entry);
            });
            AlertRequested.References references = new AlertRequested.References(tip.id, tip.reference,
                    operation == null ? null : operation.id, operation == null ? null : operation.codeName);
            try (Scope trace = TraceContext.continuing(tip.traceparent)) {
                outbox.append(record.id.toString(), new AlertRequested(record.id, tip.receivingAgency, List.copyOf(record.recipients),
                        status, Vocabulary.MessageType.ALERT, tip.priority, tip.handlingCode(), tip.category, references,
                        tip.location(), tip.description, tip.language, now));
            }
        }
        if (operation != null) {
            recordOnTimeline(record, tip, operation, actor);
        }
        return record;
    }

    /** A ledger line for the tip and agency, under the tip's current handling code. */
    static ReleaseEntry entry(TipProjection tip, String agency, ReleaseEntry.Kind kind, UUID operationId, UUID requestId, String reason,
            String actor, OffsetDateTime at) {
        ReleaseEntry entry = new ReleaseEntry();
        entry.id = UUID.randomUUID();
        entry.tipId = tip.id;
        entry.agency = agency;
        entry.kind = kind;
        entry.operationId = operationId;
        entry.requestId = requestId;
        entry.tlp = tip.tlp;
        entry.releasability = tip.releasability;
        entry.reason = reason;
        entry.actor = actor;
        // as PostgreSQL stores it, so the hash computed now is the one the verifier recomputes from the row
        entry.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        return entry;
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
