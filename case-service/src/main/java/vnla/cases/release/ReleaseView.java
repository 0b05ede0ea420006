package vnla.cases.release;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.panache.common.Sort;
import vnla.common.event.AlertAnswered;
import vnla.common.event.Vocabulary;
import vnla.common.security.KnownAgencies;

/** A release decision as the API shows it. */
public record ReleaseView(
        @Schema(description = "Also the requestId of the alert request, when one was emitted") UUID id,
        UUID tipId,
        UUID operationId,
        ReleaseDecision.Trigger trigger,
        String senderAgency,
        @Schema(description = "One per agency", maxItems = 11) List<String> recipients,
        boolean requested,
        Vocabulary.Priority priority,
        Vocabulary.MessageStatus messageStatus,
        @Schema(description = "One per agency", maxItems = 11) List<RefusalView> refusals,
        String decidedBy,
        OffsetDateTime decidedAt,
        @Schema(description = "The recipients' answers to the alert (feedback: CONFIRMED, NOT_FOUND, FALSE, ACTION_TAKEN, with a "
                + "note as written), oldest first; at most " + AlertAnswered.MAX_PER_ALERT + " per recipient",
                maxItems = KnownAgencies.COUNT * AlertAnswered.MAX_PER_ALERT) List<AnswerView> answers) {

    public record RefusalView(String recipient, RefusalReason reason) {
    }

    /** A recipient's answer to the alert the decision requested. */
    public record AnswerView(UUID alertId, @Schema(example = "la.salavan") String recipient, AlertAnswered.Result result, String note,
            Vocabulary.Language language, @Schema(description = "Who was signed in at the recipient") String answeredBy,
            OffsetDateTime answeredAt) {
    }

    /** Nothing was left to decide: every party was already released to. */
    static ReleaseView none(vnla.cases.tip.TipProjection tip, vnla.cases.operation.JointOperation operation) {
        return new ReleaseView(null, tip.id, operation.id, ReleaseDecision.Trigger.ANALYST_RELEASE, tip.receivingAgency, List.of(),
                false, null, null, List.of(), null, null, List.of());
    }

    static ReleaseView of(ReleaseDecision decision) {
        return of(List.of(decision)).get(0);
    }

    /** The decisions as views, their answers read in one query for all of them. */
    static List<ReleaseView> of(List<ReleaseDecision> decisions) {
        Map<UUID, List<AnswerView>> answers = decisions.isEmpty() ? Map.of()
                : ReleaseAnswer.<ReleaseAnswer>list("decisionId in ?1", Sort.by("answeredAt").and("answerId"),
                        decisions.stream().map(d -> d.id).toList()).stream()
                        .collect(Collectors.groupingBy(a -> a.decisionId, Collectors.mapping(
                                a -> new AnswerView(a.alertId, a.recipient, a.result, a.note, a.language, a.answeredBy, a.answeredAt),
                                Collectors.toList())));
        return decisions.stream().map(decision -> new ReleaseView(decision.id, decision.tipId, decision.operationId, decision.trigger,
                decision.senderAgency, decision.recipients, decision.requested, decision.priority, decision.messageStatus,
                decision.refusals.stream().map(r -> new RefusalView(r.recipient, r.reason)).toList(), decision.decidedBy,
                decision.decidedAt, answers.getOrDefault(decision.id, List.of()))).toList();
    }
}
