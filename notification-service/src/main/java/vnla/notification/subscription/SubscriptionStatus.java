package vnla.notification.subscription;

/** ACTIVE receives alerts; DISABLED stopped after its endpoint answered 410 Gone; DELETED by the agency. */
public enum SubscriptionStatus {
    ACTIVE, DISABLED, DELETED
}
