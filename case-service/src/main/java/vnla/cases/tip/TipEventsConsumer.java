package vnla.cases.tip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import vnla.common.event.EventCodec;
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
    private final EventCodec codec;
    private final TipProjector projector;

    public TipEventsConsumer(Inbox inbox, EventCodec codec, TipProjector projector) {
        this.inbox = inbox;
        this.codec = codec;
        this.projector = projector;
    }

    @Incoming("tips")
    @Blocking
    @Transactional
    public void consume(CloudEvent event) {
        if (!inbox.firstDelivery(CONSUMER, event.getId())) {
            return;
        }
        EventType.of(event.getType()).ifPresent(type -> {
            switch (type) {
                case TIP_RECEIVED -> projector.received(codec.decode(event, TipReceived.class));
                case TIP_TRIAGED -> projector.triaged(codec.decode(event, TipTriaged.class));
                case TIP_DISMISSED -> projector.dismissed(codec.decode(event, TipDismissed.class));
                default -> {
                }
            }
        });
    }
}
