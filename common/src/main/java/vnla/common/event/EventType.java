package vnla.common.event;

import java.util.Arrays;
import java.util.Optional;

/** Every CloudEvents type the suite emits, with its topic, payload record and JSON Schema definition. */
public enum EventType {
    TIP_RECEIVED("hotline.tip.received", Topics.HOTLINE_TIPS, TipReceived.class),
    TIP_TRIAGED("hotline.tip.triaged", Topics.HOTLINE_TIPS, TipTriaged.class),
    TIP_DISMISSED("hotline.tip.dismissed", Topics.HOTLINE_TIPS, TipDismissed.class),
    TIP_LINKED("cases.tip.linked", Topics.CASES_OPERATIONS, TipLinked.class),
    TIP_UNLINKED("cases.tip.unlinked", Topics.CASES_OPERATIONS, TipUnlinked.class),
    OPERATION_PARTY_CHANGED("cases.operation.party-changed", Topics.CASES_OPERATIONS, OperationPartyChanged.class),
    VICTIM_STATUS_CHANGED("cases.victim.status-changed", Topics.CASES_OPERATIONS, VictimStatusChanged.class),
    HANDOVER_CHANGED("cases.handover.changed", Topics.CASES_OPERATIONS, HandoverChanged.class),
    ALERT_REQUESTED("cases.alert.requested", Topics.CASES_ALERT_REQUESTS, AlertRequested.class),
    ALERT_WITHDRAWN("cases.alert.withdrawn", Topics.CASES_ALERT_REQUESTS, AlertWithdrawn.class),
    VERIFICATION_MESSAGE_SENT("cases.verification.message-sent", Topics.CASES_ALERT_REQUESTS, VerificationMessageSent.class),
    ALERT_DELIVERED("notifications.alert.delivered", Topics.NOTIFICATIONS_ALERTS, AlertDelivered.class),
    ALERT_ACKNOWLEDGED("notifications.alert.acknowledged", Topics.NOTIFICATIONS_ALERTS, AlertAcknowledged.class),
    ALERT_ESCALATED("notifications.alert.escalated", Topics.NOTIFICATIONS_ALERTS, AlertEscalated.class),
    ALERT_EXHAUSTED("notifications.alert.exhausted", Topics.NOTIFICATIONS_ALERTS, AlertExhausted.class),
    ALERT_REACHED_NO_ONE("notifications.alert.reached-no-one", Topics.NOTIFICATIONS_ALERTS, AlertReachedNoOne.class),
    ALERT_ANSWERED("notifications.alert.answered", Topics.NOTIFICATIONS_ALERTS, AlertAnswered.class);

    private final String type;
    private final String topic;
    private final Class<? extends Record> payload;

    EventType(String type, String topic, Class<? extends Record> payload) {
        this.type = type;
        this.topic = topic;
        this.payload = payload;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code hotline.tip.received}. */
    public String type() {
        return type;
    }

    /** The topic events of this type are published to (partner alert topics are chosen per agency). */
    public String topic() {
        return topic;
    }

    public Class<? extends Record> payload() {
        return payload;
    }

    /** The name of this payload's definition in {@code schemas/events.schema.json}. */
    public String schemaDefinition() {
        return payload.getSimpleName();
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    public static EventType forPayload(Record payload) {
        return Arrays.stream(values()).filter(t -> t.payload == payload.getClass()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + payload.getClass()));
    }
}
