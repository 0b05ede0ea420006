package vnla.hotline.tip;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import vnla.common.event.TipLinked;
import vnla.common.event.TipUnlinked;
import vnla.common.inbox.EventHandler;
import vnla.common.inbox.InboxConsumer;

/**
 * Follows case-service's links: a tip linked to a joint operation becomes LINKED. Idempotent through the inbox. No
 * event waits for a predecessor here: the tip is hotline-service's own (case-service learns of it from us), and a link
 * and its unlink share their operation's key, so they arrive in the order case-service's single active relay sent them.
 */
@ApplicationScoped
public class OperationEventsConsumer implements EventHandler {

    static final String CONSUMER = "hotline-service.operations";
    static final String CHANNEL = "operations";

    private final InboxConsumer inbox;
    private final TipService tips;

    public OperationEventsConsumer(InboxConsumer inbox, TipService tips) {
        this.inbox = inbox;
        this.tips = tips;
    }

    @Incoming(CHANNEL)
    @Blocking
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
        if (payload instanceof TipLinked linked) {
            tips.linked(linked);
        } else if (payload instanceof TipUnlinked unlinked) {
            tips.unlinked(unlinked);
        }
        return Outcome.APPLIED;
    }
}
