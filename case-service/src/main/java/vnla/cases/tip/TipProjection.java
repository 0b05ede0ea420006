package vnla.cases.tip;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.common.event.Grading;
import vnla.common.event.HandlingCode;
import vnla.common.event.Location;
import vnla.common.event.TipEntities;
import vnla.common.event.Vocabulary;

/** What case-service keeps of a hotline tip, from its events: never anything about the reporter. */
@Entity
@Table(name = "tip_projection")
public class TipProjection extends PanacheEntityBase {

    @Id
    public UUID id;

    public String reference;

    @Column(name = "receiving_agency")
    public String receivingAgency;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Category category;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "province_code")
    public String provinceCode;

    public String district;

    @Column(name = "border_point")
    public String borderPoint;

    public Double latitude;

    public Double longitude;

    public String description;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Language language;

    @JdbcTypeCode(SqlTypes.JSON)
    public TipEntities entities;

    @Enumerated(EnumType.STRING)
    public TipStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_reliability")
    public Vocabulary.SourceReliability sourceReliability;

    @Column(name = "information_credibility")
    public Integer informationCredibility;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Priority priority;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Tlp tlp;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Releasability releasability;

    @Column(name = "cross_border")
    public Boolean crossBorder;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_agencies")
    public List<String> partnerAgencies;

    @Column(name = "triaged_at")
    public OffsetDateTime triagedAt;

    @Column(name = "dismissed_at")
    public OffsetDateTime dismissedAt;

    @Column(name = "dismissal_reason")
    public String dismissalReason;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    /** The trace the tip arrived in (its POST's); what is released for it continues that trace. */
    public String traceparent;

    @Column(name = "projected_at")
    public OffsetDateTime projectedAt;

    public Location location() {
        return new Location(provinceCode, district, borderPoint, latitude, longitude);
    }

    /** The handling code set at triage; null before triage. */
    public HandlingCode handlingCode() {
        return tlp == null || releasability == null ? null : new HandlingCode(tlp, releasability);
    }

    public Grading grading() {
        return sourceReliability == null ? null : new Grading(sourceReliability, informationCredibility);
    }

    public List<String> partners() {
        return partnerAgencies == null ? List.of() : partnerAgencies;
    }
}
