package vnla.notification.subscription;

import java.util.UUID;

/** Fired inside the transaction that disabled or deleted a subscription, so its pending deliveries stop. */
public record SubscriptionStopped(UUID subscriptionId, String reason) {
}
