package vnla.notification.delivery;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.notification.agency.Tier;
import vnla.notification.subscription.SubscriptionChannel;

/**
 * One alert on its way to one subscription, scheduled in the database: its id is the stable {@code webhook-id} a
 * receiver deduplicates on, and its payload the exact body every attempt sends.
 */
@Entity
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "alert_id")
    public UUID alertId;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Enumerated(EnumType.STRING)
    public SubscriptionChannel channel;

    /** The receiving side's tier this copy is addressed to. */
    @Enumerated(EnumType.STRING)
    public Tier tier;

    public String payload;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attempts;

    @Column(name = "max_attempts")
    public int maxAttempts;

    /** When PENDING is due; for IN_FLIGHT, when the claim expires. */
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    /** Which claim may record the attempt in flight. */
    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    /** The Standard Webhooks {@code webhook-id}: the same for every attempt and replay of this delivery. */
    public String webhookId() {
        return "msg_" + id;
    }
}
