package vnla.cases.link;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What analysts send to link a tip to an operation. */
public final class LinkRequests {

    private LinkRequests() {
    }

    @Schema(description = "A tip to link, with why")
    public record NewLink(
            @NotNull UUID tipId,
            @Size(max = 2000) @Schema(example = "Cùng số điện thoại với đối tượng Nguyễn Văn Long") String note) {
    }
}
