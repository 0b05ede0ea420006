package vnla.notification.alert;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import vnla.common.event.AlertRequested;
import vnla.common.event.AlertWithdrawn;
import vnla.common.inbox.InboxConsumer;

/**
 * Turns case-service's alert requests into alerts, one per recipient agency, and its withdrawals into CAP Cancel or Update
 * recalls of those alerts. Idempotent through the inbox.
 */
@ApplicationScoped
public class AlertRequestsConsumer {

    static final String CONSUMER = "notification-service.alert-requests";

    private final InboxConsumer inbox;
    private final AlertService alerts;
    private final AlertRecalls recalls;

    public AlertRequestsConsumer(InboxConsumer inbox, AlertService alerts, AlertRecalls recalls) {
        this.inbox = inbox;
        this.alerts = alerts;
        this.recalls = recalls;
    }

    @Incoming("alert-requests")
    @Blocking
    public CompletionStage<Void> consume(Message<CloudEvent> message) {
        return inbox.consume(CONSUMER, message, payload -> {
            if (payload instanceof AlertRequested request) {
                alerts.issue(request);
            } else if (payload instanceof AlertWithdrawn withdrawal) {
                recalls.withdraw(withdrawal);
            }
        });
    }
}
