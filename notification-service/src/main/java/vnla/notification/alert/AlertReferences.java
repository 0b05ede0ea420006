package vnla.notification.alert;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.AlertRequested;

/**
 * What an alert is about (the tip, the joint operation) and, for a CAP Cancel or Update, the earlier messages it
 * refers to: CAP 1.2 {@code references} as a list of (identifier, sender, sent).
 */
@Schema(description = "What the alert is about; for a CANCEL or UPDATE also the earlier alerts it refers to (CAP references)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertReferences(
        UUID tipId,
        String tipReference,
        UUID operationId,
        String operationCodeName,
        @Schema(description = "CAP references: the earlier alerts this CANCEL or UPDATE refers to; absent on an ALERT")
        List<EarlierAlert> alerts) {

    /** One earlier CAP message: its identifier, sender and sent time. */
    @Schema(description = "An earlier alert named in CAP references")
    public record EarlierAlert(@Schema(description = "CAP identifier of the earlier alert") UUID identifier,
            @Schema(example = "vn.hue") String sender, OffsetDateTime sent) {
    }

    public static AlertReferences of(AlertRequested.References references) {
        return new AlertReferences(references.tipId(), references.tipReference(), references.operationId(),
                references.operationCodeName(), null);
    }

    /** The same tip and operation, now naming {@code earlier} as the messages referred to. */
    public AlertReferences referring(List<EarlierAlert> earlier) {
        return new AlertReferences(tipId, tipReference, operationId, operationCodeName, List.copyOf(earlier));
    }

    /** The shape the shared events carry (tip and operation only). */
    public AlertRequested.References toEvent() {
        return new AlertRequested.References(tipId, tipReference, operationId, operationCodeName);
    }
}
