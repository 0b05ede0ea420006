package vnla.cases.agreement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.Vocabulary;

/** What administrators send to propose a cooperation agreement and to move it. */
public final class AgreementRequests {

    public static final String AGENCY_ID = "(vn|la)\\.[a-z]+";
    public static final String AGENCY_ID_MESSAGE = "must be an agency id such as la.salavan";

    private AgreementRequests() {
    }

    @Schema(description = "A cooperation agreement (quy chế phối hợp) proposed by the caller's agency to another agency")
    public record NewAgreement(
            @NotNull @Size(min = 2, max = 2, message = "must name exactly two agencies")
            @Schema(description = "The caller's agency and the other party", example = "[\"vn.hue\", \"la.salavan\"]")
            List<@NotNull @Pattern(regexp = AGENCY_ID, message = AGENCY_ID_MESSAGE) String> agencies,
            @Size(max = 500) @Schema(example = "Quy chế phối hợp giữa Công an TP Huế và Công an tỉnh Salavan") String title,
            @Size(max = 7) @Schema(description = "The tip categories it covers; omit or leave empty for all")
            List<Vocabulary.@NotNull Category> categories,
            @NotNull @Schema(description = "First day in force (Indochina Time)", example = "2025-11-20") LocalDate validFrom,
            @Schema(description = "First day no longer in force (exclusive); omit while open-ended") LocalDate validTo) {
    }

    @Schema(description = "Why an agreement is suspended, resumed or terminated")
    public record StatusChange(
            @NotBlank @Size(max = 2000) @Schema(example = "Tạm dừng theo chỉ đạo của Bộ Công an") String reason) {
    }
}
