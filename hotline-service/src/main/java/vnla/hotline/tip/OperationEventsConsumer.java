package vnla.hotline.tip;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import vnla.common.event.TipLinked;
import vnla.common.event.TipUnlinked;
import vnla.common.inbox.InboxConsumer;

/** Follows case-service's links: a tip linked to a joint operation becomes LINKED. Idempotent through the inbox. */
@ApplicationScoped
public class OperationEventsConsumer {

    static final String CONSUMER = "hotline-service.operations";

    private final InboxConsumer inbox;
    private final TipService tips;

    public OperationEventsConsumer(InboxConsumer inbox, TipService tips) {
        this.inbox = inbox;
        this.tips = tips;
    }

    @Incoming("operations")
    @Blocking
    public CompletionStage<Void> consume(Message<CloudEvent> message) {
        return inbox.consume(CONSUMER, message, payload -> {
            if (payload instanceof TipLinked linked) {
                tips.linked(linked);
            } else if (payload instanceof TipUnlinked unlinked) {
                tips.unlinked(unlinked);
            }
        });
    }
}
