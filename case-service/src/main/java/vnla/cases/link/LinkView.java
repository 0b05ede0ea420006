package vnla.cases.link;

import java.time.OffsetDateTime;
import java.util.UUID;

import vnla.cases.tip.TipProjection;
import vnla.common.event.Vocabulary;

/** A link as the API shows it, with enough of the tip to recognise it. */
public record LinkView(
        UUID operationId,
        UUID tipId,
        String tipReference,
        String receivingAgency,
        Vocabulary.Category category,
        OffsetDateTime occurredAt,
        String note,
        boolean fromSuggestion,
        String linkedBy,
        OffsetDateTime linkedAt) {

    static LinkView of(TipLink link, TipProjection tip) {
        return new LinkView(link.operationId, link.tipId, tip.reference, tip.receivingAgency, tip.category, tip.occurredAt,
                link.note, link.fromSuggestion, link.linkedBy, link.linkedAt);
    }
}
