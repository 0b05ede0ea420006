package vnla.cases.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A cooperation agreement as the API shows it. */
public record AgreementView(
        UUID id,
        List<String> agencies,
        String title,
        LocalDate validFrom,
        LocalDate validTo,
        boolean inForce,
        String recordedBy,
        OffsetDateTime recordedAt) {
}
