package vnla.cases.link;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.cases.release.RefusalReason;
import vnla.cases.release.ReleasePolicy;
import vnla.cases.tip.TipProjection;
import vnla.common.event.Vocabulary;

/**
 * A link as the API shows it, with enough of the tip to recognise it when the caller may see it; otherwise a withheld
 * placeholder (tip id, reference and the reason).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinkView(
        UUID operationId,
        UUID tipId,
        String tipReference,
        String receivingAgency,
        @Schema(description = "Whether the tip's content is withheld from the caller") boolean withheld,
        @Schema(description = "Why it is withheld") RefusalReason withheldReason,
        Vocabulary.Category category,
        OffsetDateTime occurredAt,
        String note,
        boolean fromSuggestion,
        String linkedBy,
        OffsetDateTime linkedAt) {

    static LinkView of(TipLink link, TipProjection tip, ReleasePolicy.Sight sight) {
        boolean withheld = !sight.seesContent();
        return new LinkView(link.operationId, link.tipId, tip.reference, tip.receivingAgency, withheld, sight.reason(),
                withheld ? null : tip.category, withheld ? null : tip.occurredAt, link.note, link.fromSuggestion, link.linkedBy,
                link.linkedAt);
    }
}
