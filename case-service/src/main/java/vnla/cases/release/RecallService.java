package vnla.cases.release;

import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.opentelemetry.context.Scope;
import vnla.cases.agreement.AgreementLapsed;
import vnla.cases.agreement.AgreementService;
import vnla.cases.agreement.CooperationAgreement;
import vnla.cases.operation.JointOperation;
import vnla.cases.tip.TipProjection;
import vnla.cases.tip.TipStatus;
import vnla.cases.timeline.Timeline;
import vnla.cases.timeline.TimelineKind;
import vnla.common.event.AlertRequested;
import vnla.common.event.AlertWithdrawn;
import vnla.common.event.Vocabulary;
import vnla.common.outbox.Outbox;
import vnla.common.time.SystemTime;
import vnla.common.trace.TraceContext;

/**
 * Recalls releases that no longer hold: a tip re-triaged RED or NATIONAL_ONLY, narrowed to fewer partners, dismissed, or
 * an agreement suspended or terminated. Writes the withdrawal (or, when only the handling code narrowed, the narrowing)
 * in the ledger, on the timelines, and emits {@code cases.alert.withdrawn} keyed like the alert request it recalls.
 */
@ApplicationScoped
public class RecallService {

    private final ReleasePolicy policy;
    private final ReleaseLedger ledger;
    private final AgreementService agreements;
    private final TipLinks links;
    private final Outbox outbox;
    private final Timeline timeline;
    private final InstantSource clock;
    private final EntityManager em;

    public RecallService(ReleasePolicy policy, ReleaseLedger ledger, AgreementService agreements, TipLinks links, Outbox outbox,
            Timeline timeline, InstantSource clock, EntityManager em) {
        this.policy = policy;
        this.ledger = ledger;
        this.agreements = agreements;
        this.links = links;
        this.outbox = outbox;
        this.timeline = timeline;
        this.clock = clock;
        this.em = em;
    }

    /** After a triage or dismissal: withdraw what the tip's new state no longer allows, narrow what it allows under a stricter code. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reconsider(TipProjection tip) {
        OffsetDateTime now = now();
        List<Withdrawal> withdrawals = new ArrayList<>();
        for (ReleaseEntry release : policy.standingReleases(tip.id)) {
            AlertWithdrawn.Reason reason = reasonToWithdraw(tip, release.agency);
            if (reason != null) {
                withdrawals.add(new Withdrawal(release, Vocabulary.MessageType.CANCEL, reason));
            } else if (ReleasePolicy.narrower(tip.handlingCode(), release.handlingCode())) {
                withdrawals.add(new Withdrawal(release, Vocabulary.MessageType.UPDATE, AlertWithdrawn.Reason.HANDLING_CODE_NARROWED));
            }
        }
        recall(tip, withdrawals, now);
    }

    /** An agreement suspended or terminated: what was released between its parties is withdrawn unless another covers it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onAgreementLapsed(@Observes AgreementLapsed lapsed) {
        AlertWithdrawn.Reason reason = lapsed.status() == CooperationAgreement.Status.SUSPENDED
                ? AlertWithdrawn.Reason.AGREEMENT_SUSPENDED : AlertWithdrawn.Reason.AGREEMENT_TERMINATED;
        @SuppressWarnings("unchecked")
        List<String> tipIds = em.createNativeQuery("""
                select distinct cast(t.id as text) from release_ledger r join tip_projection t on t.id = r.tip_id
                where (t.receiving_agency = :a and r.agency = :b) or (t.receiving_agency = :b and r.agency = :a)""")
                .setParameter("a", lapsed.agencyA()).setParameter("b", lapsed.agencyB()).getResultList();
        for (String tipId : tipIds) {
            TipProjection tip = TipProjection.findById(UUID.fromString(tipId));
            String partner = tip.receivingAgency.equals(lapsed.agencyA()) ? lapsed.agencyB() : lapsed.agencyA();
            if (agreements.inForce(tip.receivingAgency, partner, lapsed.at(), tip.category).isPresent()) {
                continue;
            }
            List<Withdrawal> withdrawals = policy.standingReleases(tip.id).stream()
                    .filter(release -> release.agency.equals(partner))
                    .map(release -> new Withdrawal(release, Vocabulary.MessageType.CANCEL, reason))
                    .toList();
            recall(tip, withdrawals, lapsed.at());
        }
    }

    private record Withdrawal(ReleaseEntry release, Vocabulary.MessageType type, AlertWithdrawn.Reason reason) {
    }

    private static AlertWithdrawn.Reason reasonToWithdraw(TipProjection tip, String agency) {
        if (tip.status == TipStatus.DISMISSED) {
            return AlertWithdrawn.Reason.TIP_DISMISSED;
        }
        RefusalReason refusal = ReleasePolicy.byHandlingCode(agency, tip.handlingCode(), tip.partners());
        if (refusal == null) {
            return null;
        }
        return switch (refusal) {
            case TLP_RED -> AlertWithdrawn.Reason.RETRIAGED_RED;
            case NATIONAL_ONLY -> AlertWithdrawn.Reason.RETRIAGED_NATIONAL_ONLY;
            default -> AlertWithdrawn.Reason.NO_LONGER_NAMED;
        };
    }

    /** One ledger line per agency, one event per recalled alert request and message type, one timeline entry per operation. */
    private void recall(TipProjection tip, List<Withdrawal> withdrawals, OffsetDateTime at) {
        Map<List<Object>, List<Withdrawal>> byRequest = new LinkedHashMap<>();
        for (Withdrawal withdrawal : withdrawals) {
            ReleaseEntry.Kind kind = withdrawal.type() == Vocabulary.MessageType.CANCEL ? ReleaseEntry.Kind.WITHDRAWN : ReleaseEntry.Kind.NARROWED;
            ReleaseEntry line = ReleaseService.entry(tip, withdrawal.release().agency, kind, withdrawal.release().operationId,
                    withdrawal.release().requestId, withdrawal.reason().name(), ReleaseService.SERVICE_ACTOR, at);
            line.agreementId = withdrawal.release().agreementId;
            ledger.append(line);
            byRequest.computeIfAbsent(List.of(withdrawal.release().requestId, withdrawal.type(), withdrawal.reason()), k -> new ArrayList<>())
                    .add(withdrawal);
        }
        byRequest.forEach((key, group) -> {
            ReleaseEntry release = group.get(0).release();
            JointOperation operation = release.operationId == null ? null : JointOperation.findById(release.operationId);
            UUID withdrawalId = UUID.randomUUID();
            List<String> recipients = group.stream().map(w -> w.release().agency).toList();
            try (Scope trace = TraceContext.continuing(tip.traceparent)) {
                outbox.append(release.requestId.toString(), new AlertWithdrawn(withdrawalId, release.requestId, tip.receivingAgency,
                        recipients, group.get(0).type(), group.get(0).reason(), tip.handlingCode(),
                        new AlertRequested.References(tip.id, tip.reference, operation == null ? null : operation.id,
                                operation == null ? null : operation.codeName),
                        at));
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("withdrawalId", withdrawalId.toString());
            details.put("requestId", release.requestId.toString());
            details.put("tipId", tip.id.toString());
            details.put("tipReference", tip.reference);
            details.put("recipients", recipients);
            details.put("messageType", group.get(0).type().name());
            details.put("reason", group.get(0).reason().name());
            TimelineKind kind = group.get(0).type() == Vocabulary.MessageType.CANCEL ? TimelineKind.RELEASE_WITHDRAWN : TimelineKind.RELEASE_NARROWED;
            operationsOf(tip, release).forEach(operationId -> timeline.record(operationId, kind, ReleaseService.SERVICE_ACTOR, at, details));
        });
    }

    /** The operation the release was made for, and every operation the tip is linked to. */
    private Set<UUID> operationsOf(TipProjection tip, ReleaseEntry release) {
        Set<UUID> operations = new LinkedHashSet<>();
        if (release.operationId != null) {
            operations.add(release.operationId);
        }
        operations.addAll(links.operationsOf(tip.id));
        return operations;
    }

    private OffsetDateTime now() {
        return SystemTime.utcNow(clock);
    }
}
