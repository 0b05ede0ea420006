package vnla.cases.agreement;

import java.time.OffsetDateTime;
import java.util.UUID;

/** CDI event: an agreement was suspended or terminated, so what was released under it may no longer hold. */
public record AgreementLapsed(UUID agreementId, String agencyA, String agencyB, CooperationAgreement.Status status, String actor,
        OffsetDateTime at) {
}
