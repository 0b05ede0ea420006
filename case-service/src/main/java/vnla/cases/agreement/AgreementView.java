package vnla.cases.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.Vocabulary;

/** A cooperation agreement as the API shows it to its parties and their ministries. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementView(
        UUID id,
        @Schema(maxItems = 2) List<String> agencies,
        String title,
        @Schema(description = "The tip categories it covers; empty: all", maxItems = 7) List<Vocabulary.Category> categories,
        LocalDate validFrom,
        LocalDate validTo,
        CooperationAgreement.Status status,
        @Schema(description = "Countersigned, within its validity, not suspended or terminated") boolean inForce,
        Step proposed,
        Step countersigned,
        Step suspended,
        Step terminated,
        @Schema(description = "Why it was last suspended, resumed or terminated") String statusReason,
        long version) {

    /** Who took a step, for which agency, and when. */
    public record Step(String by, String agency, OffsetDateTime at) {

        static Step of(String by, String agency, OffsetDateTime at) {
            return at == null ? null : new Step(by, agency, at);
        }
    }
}
