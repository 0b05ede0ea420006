package vnla.notification.delivery;

import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import vnla.common.outbox.Outbox;
import vnla.common.time.SystemTime;
import vnla.notification.agency.Tier;
import vnla.notification.alert.Alert;
import vnla.notification.alert.AlertEvents;
import vnla.notification.alert.AlertIssued;
import vnla.notification.alert.PartnerAlert;
import vnla.notification.alert.PartnerAlertCodec;
import vnla.notification.subscription.Subscription;
import vnla.notification.subscription.SubscriptionChannel;
import vnla.notification.subscription.SubscriptionService;
import vnla.notification.workinggroup.WorkingGroupService;

/**
 * Sends an alert to every active subscription of its recipient agency that accepts it, addressed to one tier: webhook
 * deliveries are scheduled in the database for the dispatcher; Kafka ones go through the outbox at once. When it is
 * issued, also to the subscriptions of the working groups stationed in its area with the recipient at that moment.
 */
@ApplicationScoped
public class DeliveryScheduler {

    private final DeliveryConfig config;
    private final PartnerAlertCodec codec;
    private final PartnerAlertPublisher publisher;
    private final Outbox outbox;
    private final Event<DeliveriesDue> due;
    private final InstantSource clock;
    private final WorkingGroupService groups;

    public DeliveryScheduler(DeliveryConfig config, PartnerAlertCodec codec, PartnerAlertPublisher publisher, Outbox outbox,
            Event<DeliveriesDue> due, InstantSource clock, WorkingGroupService groups) {
        this.groups = groups;
        this.clock = clock;
        this.config = config;
        this.codec = codec;
        this.publisher = publisher;
        this.outbox = outbox;
        this.due = due;
    }

    /** Fired inside a transaction that scheduled webhook deliveries; the dispatcher wakes after commit. */
    public record DeliveriesDue() {
    }

    /**
     * An alert or recall was made: it goes out at the tier it is at, to the recipient's subscriptions and to those of the
     * working groups stationed in its area now (escalation to a higher tier is the recipient's alone).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onIssued(@Observes AlertIssued issued) {
        Alert alert = issued.alert();
        schedule(alert, alert.tier);
        if (alert.isVerification()) {
            // a request for verification is addressed to the agency, not to an area
            return;
        }
        List<Subscription> groupSubscriptions = new ArrayList<>();
        for (UUID group : groups.receive(alert.id, alert.recipientAgency, alert.area.provinceCode(), clock.instant())) {
            groupSubscriptions.addAll(SubscriptionService.acceptingForGroup(group, alert.category, alert.priority,
                    alert.area.provinceCode(), alert.status));
        }
        send(alert, alert.tier, groupSubscriptions);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Delivery> schedule(Alert alert, Tier tier) {
        return send(alert, tier, SubscriptionService.accepting(alert.recipientAgency, alert.category, alert.priority,
                alert.area == null ? null : alert.area.provinceCode(), alert.status));
    }

    private List<Delivery> send(Alert alert, Tier tier, List<Subscription> subscriptions) {
        PartnerAlert partnerAlert = PartnerAlert.of(alert);
        if (!tier.name().equals(partnerAlert.tier())) {
            throw new IllegalArgumentException("alert " + alert.id + " is at " + alert.tier + ", not " + tier);
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (Subscription subscription : subscriptions) {
            deliveries.add(subscription.channel == SubscriptionChannel.WEBHOOK
                    ? scheduleWebhook(alert, tier, subscription, partnerAlert)
                    : publishToKafka(alert, tier, subscription, partnerAlert));
        }
        if (deliveries.stream().anyMatch(d -> d.status == DeliveryStatus.PENDING)) {
            due.fire(new DeliveriesDue());
        }
        return deliveries;
    }

    private Delivery scheduleWebhook(Alert alert, Tier tier, Subscription subscription, PartnerAlert partnerAlert) {
        Delivery delivery = newDelivery(alert, tier, subscription, codec.webhookPayload(partnerAlert));
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = delivery.createdAt;
        delivery.persist();
        return delivery;
    }

    private Delivery publishToKafka(Alert alert, Tier tier, Subscription subscription, PartnerAlert partnerAlert) {
        Delivery delivery = newDelivery(alert, tier, subscription, codec.encode(partnerAlert));
        delivery.status = DeliveryStatus.PENDING;
        delivery.persist();
        republish(delivery, subscription, alert);
        return delivery;
    }

    /** Hands a Kafka delivery's payload to the outbox again: one PUBLISHED attempt, and the alert counts as delivered. */
    @Transactional(Transactional.TxType.MANDATORY)
    void republish(Delivery delivery, Subscription subscription, Alert alert) {
        OffsetDateTime now = SystemTime.utcNow(clock);
        publisher.publish(subscription.topic, PartnerAlert.of(alert).type(), delivery.payload, partitionKey(alert));
        delivery.attempts++;
        delivery.maxAttempts = Math.max(delivery.maxAttempts, delivery.attempts);
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.id = UUID.randomUUID();
        attempt.deliveryId = delivery.id;
        attempt.number = delivery.attempts;
        attempt.startedAt = now;
        attempt.finishedAt = now;
        attempt.latencyMs = 0L;
        attempt.outcome = DeliveryAttempt.PUBLISHED;
        attempt.persist();
        delivery.status = DeliveryStatus.DELIVERED;
        delivery.nextAttemptAt = null;
        if (delivery.deliveredAt == null) {
            delivery.deliveredAt = now;
            outbox.append(alert.id.toString(), AlertEvents.delivered(alert, SubscriptionChannel.KAFKA.name(), now));
        }
    }

    /**
     * The Kafka key of a partner alert: its own id, or for a CANCEL or UPDATE the id of the alert it recalls, so that on
     * the partner's topic the recall follows that alert on the same partition; for a verification message the request's
     * id, so that a request's messages stay in order.
     */
    static UUID partitionKey(Alert alert) {
        if (alert.isVerification()) {
            return alert.requestId;
        }
        var earlier = alert.references.alerts();
        return earlier == null || earlier.isEmpty() ? alert.id : earlier.get(0).identifier();
    }

    private Delivery newDelivery(Alert alert, Tier tier, Subscription subscription, String payload) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.alertId = alert.id;
        delivery.subscriptionId = subscription.id;
        delivery.channel = subscription.channel;
        delivery.tier = tier;
        delivery.payload = payload;
        delivery.attempts = 0;
        delivery.maxAttempts = config.maxAttempts();
        delivery.createdAt = SystemTime.utcNow(clock);
        return delivery;
    }
}
