package vnla.cases.wanted;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
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

import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The handover (bàn giao) of a wanted person by the agency holding them to the issuing agency, at a border gate. */
@Entity
@Table(name = "handover")
public class Handover extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "wanted_person_id")
    public UUID wantedPersonId;

    @Column(name = "handing_agency")
    public String handingAgency;

    @Column(name = "receiving_agency")
    public String receivingAgency;

    @Enumerated(EnumType.STRING)
    public HandoverStatus status;

    @Column(name = "border_gate")
    public String borderGate;

    @Column(name = "handover_on")
    public LocalDate date;

    @JdbcTypeCode(SqlTypes.JSON)
    public WantedRequests.Officers officers;

    public String note;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "proposed_by_agency")
    public String proposedByAgency;

    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;

    @Column(name = "agreed_by")
    public String agreedBy;

    @Column(name = "agreed_at")
    public OffsetDateTime agreedAt;

    @Column(name = "handing_confirmed_by")
    public String handingConfirmedBy;

    @Column(name = "handing_confirmed_at")
    public OffsetDateTime handingConfirmedAt;

    @Column(name = "receiving_confirmed_by")
    public String receivingConfirmedBy;

    @Column(name = "receiving_confirmed_at")
    public OffsetDateTime receivingConfirmedAt;

    @Column(name = "handed_over_at")
    public OffsetDateTime handedOverAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Version
    public long version;

    public boolean isSide(String agency) {
        return handingAgency.equals(agency) || receivingAgency.equals(agency);
    }

    public HandoverStatus.Side sideOf(String agency) {
        return handingAgency.equals(agency) ? HandoverStatus.Side.HANDING : HandoverStatus.Side.RECEIVING;
    }

    public String agencyOf(HandoverStatus.Side side) {
        return side == HandoverStatus.Side.HANDING ? handingAgency : receivingAgency;
    }

    /** The sides that confirmed the handover took place. */
    public Set<HandoverStatus.Side> confirmed() {
        Set<HandoverStatus.Side> sides = EnumSet.noneOf(HandoverStatus.Side.class);
        if (handingConfirmedBy != null) {
            sides.add(HandoverStatus.Side.HANDING);
        }
        if (receivingConfirmedBy != null) {
            sides.add(HandoverStatus.Side.RECEIVING);
        }
        return sides;
    }

    static Sort order() {
        return Sort.by("proposedAt").and("id");
    }
}
