package vnla.notification.subscription;

/** PROVISIONING: a KAFKA subscription whose Kafka user the provisioning job has not created yet; ACTIVE receives alerts; DISABLED stopped after its endpoint answered 410 Gone; DELETED by the agency. */
public enum SubscriptionStatus {
    PROVISIONING, ACTIVE, DISABLED, DELETED
}
