package vnla.notification.alert;

import java.util.UUID;

/**
 * An alert's acknowledgement as its recipient reads it: the acknowledgement feature provides it (its
 * {@code AcknowledgementService}), so the alert feature depends on no acknowledgement code.
 */
public interface Acknowledgements {

    /** The alert's acknowledgement, or null while it has none. */
    AlertView.Acknowledgement of(UUID alertId);
}
