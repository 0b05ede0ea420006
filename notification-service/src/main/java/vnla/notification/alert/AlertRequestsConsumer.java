package vnla.notification.alert;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import vnla.common.event.AlertRequested;
import vnla.common.inbox.InboxConsumer;

/** Turns case-service's alert requests into alerts, one per recipient agency. Idempotent through the inbox. */
@ApplicationScoped
public class AlertRequestsConsumer {

    static final String CONSUMER = "notification-service.alert-requests";

    private final InboxConsumer inbox;
    private final AlertService alerts;

    public AlertRequestsConsumer(InboxConsumer inbox, AlertService alerts) {
        this.inbox = inbox;
        this.alerts = alerts;
    }

    @Incoming("alert-requests")
    @Blocking
    public CompletionStage<Void> consume(Message<CloudEvent> message) {
        return inbox.consume(CONSUMER, message, payload -> {
            if (payload instanceof AlertRequested request) {
                alerts.issue(request);
            }
        });
    }
}
