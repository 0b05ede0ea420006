package vnla.common.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event waiting in the same transaction as the state change that caused it, until the relay publishes it. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public String topic;

    /** Kafka key: the aggregate id, so one aggregate's events stay in order. */
    @Column(name = "aggregate_id")
    public String aggregateId;

    public String type;

    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** Sends the broker refused because of this event itself; a broker that is down counts none. */
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** When the relay stopped trying it so later events flow; null while it is pending or once published. */
    @Column(name = "set_aside_at")
    public OffsetDateTime setAsideAt;

    /** The W3C traceparent the event was appended in; null outside any trace. */
    public String traceparent;
}
