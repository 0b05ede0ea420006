package vnla.notification.acknowledgement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The officer who read the alert, as they name themselves; who was signed in comes from the token. */
@Schema(description = "The liaison officer acknowledging the alert")
public record AcknowledgementRequest(
        @NotBlank @Size(max = 200) @Schema(example = "ສົມພອນ ແກ້ວມະນີ") String officerName,
        @Size(max = 100) @Schema(example = "Major") String officerRank) {
}
