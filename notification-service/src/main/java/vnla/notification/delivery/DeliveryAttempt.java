package vnla.notification.delivery;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One attempt to deliver: recorded when it starts, completed with the answer, so a crash leaves a visible trace. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends PanacheEntityBase {

    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";
    public static final String THROTTLED = "THROTTLED";
    public static final String GONE = "GONE";
    public static final String ABANDONED = "ABANDONED";
    public static final String PUBLISHED = "PUBLISHED";

    @Id
    public UUID id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    public int number;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    /** SUCCEEDED, FAILED, THROTTLED (429), GONE (410), ABANDONED (its sender stopped), PUBLISHED (Kafka); null in flight. */
    public String outcome;

    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "latency_ms")
    public Long latencyMs;

    public String error;
}
