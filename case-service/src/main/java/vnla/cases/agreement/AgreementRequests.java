package vnla.cases.agreement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an administrator sends to record a cooperation agreement. */
public final class AgreementRequests {

    public static final String AGENCY_ID = "(vn|la)\\.[a-z]+";
    public static final String AGENCY_ID_MESSAGE = "must be an agency id such as la.salavan";

    private AgreementRequests() {
    }

    @Schema(description = "A cooperation agreement (quy chế phối hợp) between two agencies")
    public record NewAgreement(
            @NotNull @Size(min = 2, max = 2, message = "must name exactly two agencies")
            @Schema(example = "[\"vn.hue\", \"la.salavan\"]")
            List<@NotNull @Pattern(regexp = AGENCY_ID, message = AGENCY_ID_MESSAGE) String> agencies,
            @Size(max = 500) @Schema(example = "Quy chế phối hợp giữa Công an TP Huế và Công an tỉnh Salavan") String title,
            @NotNull @Schema(description = "First day in force (Indochina Time)", example = "2025-11-20") LocalDate validFrom,
            @Schema(description = "First day no longer in force (exclusive); omit while open-ended") LocalDate validTo) {
    }
}
