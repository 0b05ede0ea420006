package vnla.notification.alert;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

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
        @Schema(description = "CAP references: the earlier alerts this CANCEL or UPDATE refers to, oldest first: the alert it "
                + "recalls and the latest recalls of it, at most " + AlertReferences.MAX_EARLIER + "; absent on an ALERT",
                maxItems = AlertReferences.MAX_EARLIER)
        List<EarlierAlert> alerts) {

    /** The most earlier alerts a recall names, however often the alert it recalls was updated before. */
    public static final int MAX_EARLIER = 20;

    /** One earlier CAP message: its identifier, sender and sent time. */
    @Schema(description = "An earlier alert named in CAP references")
    public record EarlierAlert(@Schema(description = "CAP identifier of the earlier alert") UUID identifier,
            @Schema(example = "vn.hue") String sender, OffsetDateTime sent) {
    }

    public static AlertReferences of(AlertRequested.References references) {
        return new AlertReferences(references.tipId(), references.tipReference(), references.operationId(),
                references.operationCodeName(), null);
    }

    /**
     * The same tip and operation, now naming {@code earlier} (oldest first) as the messages referred to: the first, the
     * alert recalled, which partners key and name the recall by, and the latest after it, {@link #MAX_EARLIER} in all.
     */
    public AlertReferences referring(List<EarlierAlert> earlier) {
        List<EarlierAlert> named = earlier.size() <= MAX_EARLIER ? earlier
                : Stream.concat(Stream.of(earlier.get(0)), earlier.subList(earlier.size() - MAX_EARLIER + 1, earlier.size()).stream()).toList();
        return new AlertReferences(tipId, tipReference, operationId, operationCodeName, List.copyOf(named));
    }

    /** The shape the shared events carry (tip and operation only). */
    public AlertRequested.References toEvent() {
        return new AlertRequested.References(tipId, tipReference, operationId, operationCodeName);
    }
}
