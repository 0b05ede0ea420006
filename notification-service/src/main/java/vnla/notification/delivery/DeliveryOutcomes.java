package vnla.notification.delivery;

import java.time.Duration;
import java.time.InstantSource;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vnla.common.outbox.Outbox;
import vnla.common.time.SystemTime;
import vnla.common.trace.TraceContext;
import vnla.notification.alert.Alert;
import vnla.notification.alert.AlertEvents;
import vnla.notification.subscription.Subscription;
import vnla.notification.subscription.SubscriptionChannel;
import vnla.notification.subscription.SubscriptionStatus;
import vnla.notification.subscription.SubscriptionStopped;

/**
 * Records an endpoint's answer and decides what follows: 2xx delivered (AlertDelivered), 410 disables the subscription,
 * 429 waits for Retry-After, anything else backs off, and after the last attempt the delivery is EXHAUSTED
 * (AlertExhausted). Attempts are timed per outcome in {@code notification.webhook.attempts}.
 */
@ApplicationScoped
public class DeliveryOutcomes {

    static final int GONE = 410;
    static final int TOO_MANY_REQUESTS = 429;

    private final EntityManager em;
    private final DeliveryConfig config;
    private final Outbox outbox;
    private final Event<SubscriptionStopped> stopped;
    private final MeterRegistry registry;
    private final InstantSource clock;

    public DeliveryOutcomes(EntityManager em, DeliveryConfig config, Outbox outbox, Event<SubscriptionStopped> stopped,
            MeterRegistry registry, InstantSource clock) {
        this.clock = clock;
        this.em = em;
        this.config = config;
        this.outbox = outbox;
        this.stopped = stopped;
        this.registry = registry;
    }

    void record(DeliveryDispatcher.Claim claim, WebhookSender.Answer answer) {
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = SystemTime.utcNow(clock);
            Delivery delivery = em.find(Delivery.class, claim.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
            DeliveryAttempt attempt = DeliveryAttempt.findById(claim.attemptId());
            attempt.finishedAt = now;
            attempt.statusCode = answer.statusCode();
            attempt.latencyMs = answer.latencyMs();
            attempt.error = answer.error() != null ? answer.error() : answer.succeeded() ? null : "HTTP " + answer.statusCode();
            attempt.outcome = outcome(answer);
            registry.timer("notification.webhook.attempts", "outcome", attempt.outcome)
                    .record(Duration.ofMillis(answer.latencyMs()));
            if (delivery.status != DeliveryStatus.IN_FLIGHT || !claim.token().equals(delivery.claimToken)) {
                // answered after its claim expired and another round took over: the attempt is on record, nothing more
                return;
            }
            delivery.claimToken = null;
            delivery.lastStatusCode = answer.statusCode();
            delivery.lastError = attempt.error;
            Subscription subscription = Subscription.findById(delivery.subscriptionId);
            Alert alert = Alert.findById(delivery.alertId);
            if (answer.succeeded()) {
                delivered(delivery, alert, now);
            } else if (Integer.valueOf(GONE).equals(answer.statusCode())) {
                delivery.status = DeliveryStatus.CANCELLED;
                delivery.nextAttemptAt = null;
                String reason = "the endpoint answered 410 Gone on " + now;
                if (subscription.disable(reason)) {
                    stopped.fire(new SubscriptionStopped(subscription.id, reason));
                }
            } else if (subscription.status != SubscriptionStatus.ACTIVE || alert.cancelled()) {
                delivery.status = DeliveryStatus.CANCELLED;
                delivery.nextAttemptAt = null;
            } else if (delivery.attempts >= delivery.maxAttempts) {
                delivery.status = DeliveryStatus.EXHAUSTED;
                delivery.nextAttemptAt = null;
                try (Scope trace = TraceContext.continuing(alert.traceparent)) {
                    outbox.append(alert.id.toString(), AlertEvents.exhausted(alert, subscription.id, delivery.attempts, now));
                }
                registry.counter("notification.deliveries.exhausted").increment();
            } else {
                delivery.status = DeliveryStatus.PENDING;
                var backoff = Backoff.after(delivery.attempts, config.baseDelay(), config.maxDelay());
                if (Integer.valueOf(TOO_MANY_REQUESTS).equals(answer.statusCode())) {
                    backoff = Backoff.retryAfter(answer.retryAfter(), config.maxDelay(), now).orElse(backoff);
                }
                delivery.nextAttemptAt = now.plus(backoff);
            }
        });
    }

    private void delivered(Delivery delivery, Alert alert, OffsetDateTime now) {
        delivery.status = DeliveryStatus.DELIVERED;
        delivery.nextAttemptAt = null;
        if (delivery.deliveredAt == null) {
            delivery.deliveredAt = now;
            try (Scope trace = TraceContext.continuing(alert.traceparent)) {
                outbox.append(alert.id.toString(), AlertEvents.delivered(alert, SubscriptionChannel.WEBHOOK.name(), now));
            }
        }
    }

    private static String outcome(WebhookSender.Answer answer) {
        if (answer.succeeded()) {
            return DeliveryAttempt.SUCCEEDED;
        }
        if (Integer.valueOf(GONE).equals(answer.statusCode())) {
            return DeliveryAttempt.GONE;
        }
        if (Integer.valueOf(TOO_MANY_REQUESTS).equals(answer.statusCode())) {
            return DeliveryAttempt.THROTTLED;
        }
        return DeliveryAttempt.FAILED;
    }
}
