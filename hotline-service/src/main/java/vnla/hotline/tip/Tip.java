package vnla.hotline.tip;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.common.event.TipEntities;
import vnla.common.event.Vocabulary;

/** A tip as the receiving hotline holds it; the reporter lives apart in {@code Reporter}. */
@Entity
public class Tip extends PanacheEntityBase {

    @Id
    public UUID id;

    public String reference;

    @Column(name = "receiving_agency")
    public String receivingAgency;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Channel channel;

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

    @Column(name = "anonymous_reporter")
    public boolean anonymousReporter;

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

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "triaged_at")
    public OffsetDateTime triagedAt;

    @Column(name = "triaged_by")
    public String triagedBy;

    @Column(name = "dismissed_at")
    public OffsetDateTime dismissedAt;

    @Column(name = "dismissed_by")
    public String dismissedBy;

    @Column(name = "dismissal_reason")
    public String dismissalReason;

    @Column(name = "linked_at")
    public OffsetDateTime linkedAt;

    /** The trace of the POST that recorded the tip; its later events continue it. */
    public String traceparent;

    @Version
    public long version;
}
