package vnla.hotline.tip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.TipLinked;
import vnla.common.event.TipUnlinked;
import vnla.common.inbox.Inbox;

/** Follows case-service's links: a tip linked to a joint operation becomes LINKED. Idempotent through the inbox. */
@ApplicationScoped
public class OperationEventsConsumer {

    static final String CONSUMER = "hotline-service.operations";

    private final Inbox inbox;
    private final EventCodec codec;
    private final TipService tips;

    public OperationEventsConsumer(Inbox inbox, EventCodec codec, TipService tips) {
        this.inbox = inbox;
        this.codec = codec;
        this.tips = tips;
    }

    @Incoming("operations")
    @Blocking
    @Transactional
    public void consume(CloudEvent event) {
        if (!inbox.firstDelivery(CONSUMER, event.getId())) {
            return;
        }
        EventType.of(event.getType()).ifPresent(type -> {
            switch (type) {
                case TIP_LINKED -> tips.linked(codec.decode(event, TipLinked.class));
                case TIP_UNLINKED -> tips.unlinked(codec.decode(event, TipUnlinked.class));
                default -> {
                }
            }
        });
    }
}
