package vnla.cases.tip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import vnla.cases.messaging.EventReader;
import vnla.common.event.EventType;
import vnla.common.event.TipDismissed;
import vnla.common.event.TipReceived;
import vnla.common.event.TipTriaged;
import vnla.common.inbox.Inbox;

/** Projects hotline-service's tips: received, triaged, dismissed. Idempotent through the inbox. */
@ApplicationScoped
public class TipEventsConsumer {

    static final String CONSUMER = "case-service.tips";

    private final Inbox inbox;
    private final EventReader reader;
    private final TipProjector projector;

    public TipEventsConsumer(Inbox inbox, EventReader reader, TipProjector projector) {
        this.inbox = inbox;
        this.reader = reader;
        this.projector = projector;
    }

    @Incoming("tips")
    @Blocking
    @Transactional
    public void consume(CloudEvent event) {
        var known = reader.typeOf(event);
        if (!inbox.firstDelivery(CONSUMER, event.getId())) {
            return;
        }
        known.ifPresent(type -> {
            switch (type) {
                case TIP_RECEIVED -> projector.received(reader.read(event, type, TipReceived.class));
                case TIP_TRIAGED -> projector.triaged(reader.read(event, type, TipTriaged.class));
                case TIP_DISMISSED -> projector.dismissed(reader.read(event, type, TipDismissed.class));
                default -> {
                }
            }
        });
    }
}
