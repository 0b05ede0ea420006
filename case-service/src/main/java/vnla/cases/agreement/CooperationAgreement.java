package vnla.cases.agreement;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.common.event.Vocabulary;

/**
 * A cooperation agreement between two agencies: proposed by one party's admin, countersigned by the other's; information
 * flows between them only while it is signed, within its validity, and not suspended or terminated.
 */
@Entity
@Table(name = "cooperation_agreement")
public class CooperationAgreement extends PanacheEntityBase {

    /** Where an agreement is in its life. */
    public enum Status { PROPOSED, SIGNED, SUSPENDED, TERMINATED }

    @Id
    public UUID id;

    /** The pair in alphabetical order, so one lookup finds it either way round. */
    @Column(name = "agency_a")
    public String agencyA;

    @Column(name = "agency_b")
    public String agencyB;

    public String title;

    /** The tip categories it covers; empty: all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> categories = new ArrayList<>();

    @Column(name = "valid_from")
    public OffsetDateTime validFrom;

    /** Exclusive; null while open-ended. */
    @Column(name = "valid_to")
    public OffsetDateTime validTo;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "proposed_by_agency")
    public String proposedByAgency;

    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;

    @Column(name = "countersigned_by")
    public String countersignedBy;

    @Column(name = "countersigned_by_agency")
    public String countersignedByAgency;

    @Column(name = "countersigned_at")
    public OffsetDateTime countersignedAt;

    @Column(name = "suspended_by")
    public String suspendedBy;

    @Column(name = "suspended_by_agency")
    public String suspendedByAgency;

    @Column(name = "suspended_at")
    public OffsetDateTime suspendedAt;

    @Column(name = "terminated_by")
    public String terminatedBy;

    @Column(name = "terminated_by_agency")
    public String terminatedByAgency;

    @Column(name = "terminated_at")
    public OffsetDateTime terminatedAt;

    /** Why it was last suspended, resumed or terminated. */
    @Column(name = "status_reason")
    public String statusReason;

    @Version
    public long version;

    public boolean isParty(String agency) {
        return agencyA.equals(agency) || agencyB.equals(agency);
    }

    public String otherParty(String agency) {
        return agencyA.equals(agency) ? agencyB : agencyA;
    }

    public boolean withinValidity(OffsetDateTime instant) {
        return !validFrom.isAfter(instant) && (validTo == null || instant.isBefore(validTo));
    }

    public boolean covers(Vocabulary.Category category) {
        return categories.isEmpty() || category == null || categories.contains(category.name());
    }

    /** Signed by both, within its validity, and neither suspended nor terminated. */
    public boolean inForceAt(OffsetDateTime instant) {
        return status == Status.SIGNED && withinValidity(instant);
    }
}
