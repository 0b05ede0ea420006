package vnla.hotline.tip;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.Grading;
import vnla.common.event.HandlingCode;
import vnla.common.event.Location;
import vnla.common.event.TipEntities;
import vnla.common.event.Vocabulary;

/** What callers send to record, triage and dismiss tips. */
public final class TipRequests {

    static final String AGENCY_ID = "(vn|la)\\.[a-z]+";

    private TipRequests() {
    }

    @Schema(description = "An incoming tip as the duty officer recorded it")
    public record NewTip(
            @NotNull Vocabulary.Channel channel,
            @NotNull Vocabulary.Category category,
            @NotNull @PastOrPresent OffsetDateTime occurredAt,
            @NotNull @Valid Location location,
            @NotBlank @Size(max = 20_000) String description,
            @NotNull @Schema(description = "Language the description was given in") Vocabulary.Language language,
            @Valid TipEntities entities,
            @NotNull @Valid ReporterDetails reporter) {
    }

    /** Who reported the tip; sealed as soon as it arrives. */
    @Schema(description = "The reporter: anonymous (gets a receipt code) or identified with contact details")
    public record ReporterDetails(
            @NotNull Boolean anonymous,
            @Size(max = 200) String name,
            @Size(max = 40) String phone,
            @Email @Size(max = 200) String email,
            @Size(max = 500) String address) {

        @Override
        public String toString() {
            return "ReporterDetails[sealed]";
        }
    }

    @Schema(description = "An analyst's grading, priority and handling code for a tip")
    public record Triage(
            @NotNull @Valid Grading grading,
            @NotNull Vocabulary.Priority priority,
            @NotNull @Valid HandlingCode handlingCode,
            @NotNull Boolean crossBorder,
            @Size(max = 20) List<@NotNull @Pattern(regexp = AGENCY_ID, message = "must be an agency id such as la.salavan") String> partnerAgencies) {

        public List<String> partners() {
            return partnerAgencies == null ? List.of() : partnerAgencies;
        }
    }

    @Schema(description = "Why a tip is dismissed")
    public record Dismissal(@NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "The receipt code an anonymous reporter quotes when calling back")
    public record ReceiptLookup(@NotBlank @Size(max = 40) String receiptCode) {
    }
}
