package vnla.notification.alert;

/**
 * CDI event: an alert (a first one or a recall) was made in this transaction and is to be sent at its tier; the
 * delivery feature schedules it.
 */
public record AlertIssued(Alert alert) {
}
