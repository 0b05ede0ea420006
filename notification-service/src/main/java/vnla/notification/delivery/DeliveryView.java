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
        List<AttemptView> attempts) {

    @Schema(description = "One attempt; outcome is null while it is in flight")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttemptView(int number, OffsetDateTime startedAt, OffsetDateTime finishedAt, String outcome, Integer statusCode,
            Long latencyMs, String error) {

        static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.number, a.startedAt, a.finishedAt, a.outcome, a.statusCode, a.latencyMs, a.error);
        }
    }

    static DeliveryView of(Delivery d, String target, List<DeliveryAttempt> attempts) {
        return new DeliveryView(d.id, d.subscriptionId, d.channel, target, d.tier,
                d.channel == SubscriptionChannel.WEBHOOK ? d.webhookId() : null, d.status, d.createdAt, d.nextAttemptAt,
                d.deliveredAt, d.maxAttempts, attempts.stream().map(AttemptView::of).toList());
    }
}
