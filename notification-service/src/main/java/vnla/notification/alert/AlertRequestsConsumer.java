package vnla.notification.alert;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import vnla.common.event.AlertRequested;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.inbox.Inbox;

/**
 * Turns case-service's alert requests into alerts. Idempotent through the inbox; an event that breaks its schema goes to
 * the dead-letter topic with the reason, counted in {@code notification.alert-requests.dead-lettered}. Once shutdown has
 * begun a request is neither acknowledged nor dead-lettered: its offset stays uncommitted and the next start handles it.
 */
@ApplicationScoped
public class AlertRequestsConsumer {

    static final String CONSUMER = "notification-service.alert-requests";

    private final Inbox inbox;
    private final EventCodec codec;
    private final AlertService alerts;
    private final ObjectMapper mapper;
    private final Counter rejected;
    private volatile boolean stopping;

    public AlertRequestsConsumer(Inbox inbox, EventCodec codec, AlertService alerts, ObjectMapper mapper, MeterRegistry registry) {
        this.inbox = inbox;
        this.codec = codec;
        this.alerts = alerts;
        this.mapper = mapper;
        this.rejected = registry.counter("notification.alert-requests.dead-lettered");
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Incoming("alert-requests")
    @Blocking
    public CompletionStage<Void> consume(Message<CloudEvent> message) {
        if (stopping) {
            return leftForNextStart();
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> handle(message.getPayload()));
        } catch (RuntimeException e) {
            // while stopping, the database may already be closed: that is no reason to dead-letter the request
            return stopping ? leftForNextStart() : message.nack(e);
        }
        return message.ack();
    }

    private void handle(CloudEvent event) {
        if (!inbox.firstDelivery(CONSUMER, event.getId())) {
            return;
        }
        EventType.of(event.getType()).ifPresent(type -> {
            switch (type) {
                case ALERT_REQUESTED -> alerts.issue(valid(event));
                default -> {
                }
            }
        });
    }

    /** Never completes: the request is not acknowledged, so its offset is not committed. */
    private static CompletionStage<Void> leftForNextStart() {
        return new CompletableFuture<>();
    }

    /** The request, if it keeps to its schema; otherwise the event goes to the dead-letter topic with the reason. */
    private AlertRequested valid(CloudEvent event) {
        Set<String> violations;
        try {
            violations = codec.violations(EventType.ALERT_REQUESTED, mapper.readTree(event.getData().toBytes()));
        } catch (IOException | RuntimeException e) {
            rejected.increment();
            throw new IllegalArgumentException("event " + event.getId() + " has unreadable data", e);
        }
        if (!violations.isEmpty()) {
            rejected.increment();
            throw new IllegalArgumentException("event " + event.getId() + " breaks the AlertRequested schema: " + violations);
        }
        return codec.decode(event, AlertRequested.class);
    }
}
