package vnla.cases.timeline;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One thing that happened to a joint operation: who, when, what. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Insertion order, to order entries that share an instant. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long position;

    @Column(name = "operation_id")
    public UUID operationId;

    @Enumerated(EnumType.STRING)
    public TimelineKind kind;

    public String actor;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details;
}
