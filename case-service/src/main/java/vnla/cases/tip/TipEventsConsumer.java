package vnla.cases.tip;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import vnla.common.event.TipDismissed;
import vnla.common.event.TipReceived;
import vnla.common.event.TipTriaged;
import vnla.common.inbox.InboxConsumer;

/** Projects hotline-service's tips: received, triaged, dismissed. Idempotent through the inbox. */
@ApplicationScoped
public class TipEventsConsumer {

    static final String CONSUMER = "case-service.tips";

    private final InboxConsumer inbox;
    private final TipProjector projector;

    public TipEventsConsumer(InboxConsumer inbox, TipProjector projector) {
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("tips")
    @Blocking
    public CompletionStage<Void> consume(Message<CloudEvent> message) {
        return inbox.consume(CONSUMER, message, payload -> {
            if (payload instanceof TipReceived received) {
                projector.received(received);
            } else if (payload instanceof TipTriaged triaged) {
                projector.triaged(triaged);
            } else if (payload instanceof TipDismissed dismissed) {
                projector.dismissed(dismissed);
            }
        });
    }
}
