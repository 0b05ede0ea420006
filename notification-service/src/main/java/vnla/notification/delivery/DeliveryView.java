package vnla.notification.delivery;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.notification.agency.Tier;
import vnla.notification.subscription.SubscriptionChannel;

/** A delivery and every attempt made, for support: when, what came back, how long it took, what went wrong. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(
        UUID id,
        UUID subscriptionId,
        SubscriptionChannel channel,
        @Schema(description = "Webhook URL or Kafka topic") String target,
        Tier tier,
        @Schema(description = "The webhook-id header of every attempt, for the receiver to deduplicate") String webhookId,
        DeliveryStatus status,
        OffsetDateTime createdAt,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime deliveredAt,
        int maxAttempts,
        @Schema(description = "How many attempts were made, replays included") int attemptCount,
        @Schema(description = "The latest attempts, at most " + DeliveryView.ATTEMPTS_SHOWN + ", oldest first; all of them at "
                + "GET /api/v1/alerts/{id}/deliveries/{deliveryId}/attempts", maxItems = DeliveryView.ATTEMPTS_SHOWN)
        List<AttemptView> attempts) {

    /** The most attempts a delivery shows in place; a replay gives it a fresh budget, so it may have made more. */
    public static final int ATTEMPTS_SHOWN = 20;

    @Schema(description = "One attempt; outcome is null while it is in flight")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttemptView(int number, OffsetDateTime startedAt, OffsetDateTime finishedAt, String outcome, Integer statusCode,
            Long latencyMs, String error) {

        static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.number, a.startedAt, a.finishedAt, a.outcome, a.statusCode, a.latencyMs, a.error);
        }
    }

    /** {@code latest}: the delivery's latest attempts, oldest first, at most {@link #ATTEMPTS_SHOWN}. */
    static DeliveryView of(Delivery d, String target, List<DeliveryAttempt> latest) {
        return new DeliveryView(d.id, d.subscriptionId, d.channel, target, d.tier,
                d.channel == SubscriptionChannel.WEBHOOK ? d.webhookId() : null, d.status, d.createdAt, d.nextAttemptAt,
                d.deliveredAt, d.maxAttempts, d.attempts, latest.stream().map(AttemptView::of).toList());
    }
}
