package vnla.notification.alert;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.cloudevents.CloudEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import vnla.common.event.AlertRequested;
import vnla.common.event.AlertWithdrawn;
import vnla.common.event.VerificationMessageSent;
import vnla.common.inbox.EventHandler;
import vnla.common.inbox.InboxConsumer;

/**
 * Turns case-service's alert requests into alerts, one per recipient agency, its withdrawals into CAP Cancel or Update
 * recalls of those alerts, and the messages of requests for verification into alerts of kind verification
 * ({@link VerificationAlerts}). Idempotent through the inbox. A withdrawal that arrives before its request is kept and
 * applied right after the request (a recall must never be lost to the alert it recalls); so is a verification message
 * that arrives before its request.
 * <p>
 * Requests are handled side by side, on the {@value #WORKERS} worker pool ({@code smallrye.messaging.worker.*}): each
 * one is independent of the others, and the only order that matters, a withdrawal after its request, is kept by the
 * inbox (the two lock the request's aggregate, and a withdrawal first waits for its request). Handled one at a time,
 * as an ordered consumer does whatever the partitions, notification-service fell behind 20 requests a second.
 */
@ApplicationScoped
public class AlertRequestsConsumer implements EventHandler {

    static final String CONSUMER = "notification-service.alert-requests";
    static final String CHANNEL = "alert-requests";
    static final String WORKERS = "alert-requests";

    private final InboxConsumer inbox;
    private final AlertService alerts;
    private final AlertRecalls recalls;
    private final VerificationAlerts verifications;

    public AlertRequestsConsumer(InboxConsumer inbox, AlertService alerts, AlertRecalls recalls, VerificationAlerts verifications) {
        this.inbox = inbox;
        this.alerts = alerts;
        this.recalls = recalls;
        this.verifications = verifications;
    }

    @Incoming(CHANNEL)
    @Blocking(value = WORKERS, ordered = false)
    public CompletionStage<Void> consume(Message<CloudEvent> message) {
        return inbox.consume(this, message);
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Outcome apply(Record payload) {
        if (payload instanceof AlertRequested request) {
            alerts.issue(request);
        } else if (payload instanceof AlertWithdrawn withdrawal) {
            if (!recalls.requestIssued(withdrawal)) {
                return Outcome.PREDECESSOR_MISSING;
            }
            recalls.withdraw(withdrawal);
        } else if (payload instanceof VerificationMessageSent message) {
            if (!verifications.follows(message)) {
                return Outcome.PREDECESSOR_MISSING;
            }
            verifications.issue(message);
        }
        return Outcome.APPLIED;
    }
}
