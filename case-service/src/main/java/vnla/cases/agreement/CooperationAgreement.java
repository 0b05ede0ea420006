package vnla.cases.agreement;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A cooperation agreement between two agencies; information flows between them only while it is in force. */
@Entity
@Table(name = "cooperation_agreement")
public class CooperationAgreement extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The pair in alphabetical order, so one lookup finds it either way round. */
    @Column(name = "agency_a")
    public String agencyA;

    @Column(name = "agency_b")
    public String agencyB;

    public String title;

    @Column(name = "valid_from")
    public OffsetDateTime validFrom;

    /** Exclusive; null while open-ended. */
    @Column(name = "valid_to")
    public OffsetDateTime validTo;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    public boolean inForceAt(OffsetDateTime instant) {
        return !validFrom.isAfter(instant) && (validTo == null || instant.isBefore(validTo));
    }
}
