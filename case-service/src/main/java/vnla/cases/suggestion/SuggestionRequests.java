package vnla.cases.suggestion;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What analysts send when they accept or reject a suggestion. */
public final class SuggestionRequests {

    private SuggestionRequests() {
    }

    @Schema(description = "Why the suggestion is accepted or rejected (optional)")
    public record Decision(@Size(max = 2000) @Schema(example = "Trùng số điện thoại, cùng tuyến đường mòn") String note) {
    }
}
