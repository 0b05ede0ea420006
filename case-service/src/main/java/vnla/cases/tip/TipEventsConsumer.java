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
import vnla.common.inbox.EventHandler;
import vnla.common.inbox.InboxConsumer;

/**
 * Projects hotline-service's tips: received, triaged, dismissed. Idempotent through the inbox; a triage or dismissal
 * that arrives before its tip is kept and applied once the tip is.
 */
@ApplicationScoped
public class TipEventsConsumer implements EventHandler {

    static final String CONSUMER = "case-service.tips";
    static final String CHANNEL = "tips";

    private final InboxConsumer inbox;
    private final TipProjector projector;

    public TipEventsConsumer(InboxConsumer inbox, TipProjector projector) {
        this.inbox = inbox;
        this.projector = projector;
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
        if (payload instanceof TipReceived received) {
            projector.received(received);
        } else if (payload instanceof TipTriaged triaged) {
            return projector.triaged(triaged);
        } else if (payload instanceof TipDismissed dismissed) {
            return projector.dismissed(dismissed);
        }
        return Outcome.APPLIED;
    }
}
