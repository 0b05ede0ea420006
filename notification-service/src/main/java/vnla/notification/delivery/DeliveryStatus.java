package vnla.notification.delivery;

/** PENDING waits for its next attempt; IN_FLIGHT is being sent; the other three are final until someone replays. */
public enum DeliveryStatus {
    PENDING, IN_FLIGHT, DELIVERED, EXHAUSTED, CANCELLED
}
