package vnla.notification.subscription;

/** How a partner receives its alerts: a signed HTTP callback, or its own Kafka topic. */
public enum SubscriptionChannel {
    WEBHOOK, KAFKA
}
