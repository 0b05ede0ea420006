package vnla.cases.victim;

import java.time.LocalDate;
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

/**
 * A trafficking victim referred by one agency to an agency of the other country. What identifies the person is one
 * sealed column ({@link #identity}); everything else is what analysts of both agencies may read.
 */
@Entity
@Table(name = "victim_referral")
public class VictimReferral extends PanacheEntityBase {

    @Id
    public UUID id;

    public String reference;

    @Column(name = "referring_agency")
    public String referringAgency;

    @Column(name = "receiving_agency")
    public String receivingAgency;

    @Column(name = "agreement_id")
    public UUID agreementId;

    @Column(name = "operation_id")
    public UUID operationId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tip_ids")
    public List<UUID> tipIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public VictimStatus status;

    @Enumerated(EnumType.STRING)
    public VictimRequests.Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    public VictimRequests.AgeBand ageBand;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> needs = new ArrayList<>();

    /** Circumstances, in the language given; never the person's name or contacts. */
    public String note;

    /** {@link VictimIdentity} as JSON, encrypted with the referral id as associated data. */
    public byte[] identity;

    @Column(name = "border_gate")
    public String borderGate;

    @Column(name = "returned_on")
    public LocalDate returnedOn;

    @Column(name = "referred_by")
    public String referredBy;

    @Column(name = "referred_at")
    public OffsetDateTime referredAt;

    @Column(name = "identified_by")
    public String identifiedBy;

    @Column(name = "identified_at")
    public OffsetDateTime identifiedAt;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    @Version
    public long version;

    public boolean isParty(String agency) {
        return referringAgency.equals(agency) || receivingAgency.equals(agency);
    }

    /** The agency of a side. */
    public String agencyOf(VictimStatus.Side side) {
        return side == VictimStatus.Side.REFERRING ? referringAgency : receivingAgency;
    }

    @Override
    public String toString() {
        return "VictimReferral[" + reference + ", sealed]";
    }
}
