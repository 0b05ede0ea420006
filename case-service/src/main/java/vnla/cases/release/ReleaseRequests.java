package vnla.cases.release;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an analyst of the owning agency sends to release a linked tip to an operation's partners. */
public final class ReleaseRequests {

    private ReleaseRequests() {
    }

    @Schema(description = "Release the tip to the partners of an operation it is linked to")
    public record NewRelease(@NotNull @Schema(description = "An operation the tip is linked to") UUID operationId) {
    }
}
