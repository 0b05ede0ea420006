package vnla.notification.alert;

import java.util.UUID;

/** CDI event: a CANCEL recalled {@code alertId}; whatever of it still waits to be sent must not go out. */
public record AlertCancelled(UUID alertId, UUID cancelledBy, String reason) {
}
