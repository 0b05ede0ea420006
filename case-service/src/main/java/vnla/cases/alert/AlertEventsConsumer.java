package vnla.cases.alert;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import vnla.cases.link.TipLink;
import vnla.cases.operation.JointOperation;
import vnla.cases.timeline.Timeline;
import vnla.cases.timeline.TimelineKind;
import vnla.common.event.AlertAcknowledged;
import vnla.common.event.AlertAnswered;
import vnla.common.event.AlertDelivered;
import vnla.common.event.AlertEscalated;
import vnla.common.event.AlertExhausted;
import vnla.common.event.AlertReachedNoOne;
import vnla.common.event.AlertRequested;
import vnla.common.inbox.EventHandler;
import vnla.common.inbox.InboxConsumer;

/**
 * Puts what notification-service reports about the alerts of an operation on its timeline: deliveries,
 * acknowledgements, escalations, escalations that reached no one, exhausted deliveries, and the partner's answers, which
 * also go to the tip's release history (fired as {@link AlertAnswered}, for the release feature). Idempotent through the
 * inbox. None of them needs an earlier event of notification-service: what they refer to (the alert request, the
 * operation, its links) is case-service's own.
 */
@ApplicationScoped
public class AlertEventsConsumer implements EventHandler {

    static final String CONSUMER = "case-service.alerts";
    static final String CHANNEL = "alerts";
    static final String NOTIFICATION_SERVICE = "notification-service";

    private final InboxConsumer inbox;
    private final Timeline timeline;
    private final Event<AlertAnswered> answers;

    public AlertEventsConsumer(InboxConsumer inbox, Timeline timeline, Event<AlertAnswered> answers) {
        this.inbox = inbox;
        this.timeline = timeline;
        this.answers = answers;
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
        if (payload instanceof AlertDelivered delivered) {
            Map<String, Object> details = facts(delivered.alertId(), delivered.requestId(), delivered.recipientAgency(), delivered.references());
            details.put("channel", delivered.channel());
            record(delivered.references(), TimelineKind.ALERT_DELIVERED, NOTIFICATION_SERVICE, delivered.deliveredAt(), details);
        } else if (payload instanceof AlertAcknowledged acknowledged) {
            Map<String, Object> details = facts(acknowledged.alertId(), acknowledged.requestId(), acknowledged.recipientAgency(),
                    acknowledged.references());
            details.put("officerName", acknowledged.officerName());
            if (acknowledged.officerRank() != null) {
                details.put("officerRank", acknowledged.officerRank());
            }
            record(acknowledged.references(), TimelineKind.ALERT_ACKNOWLEDGED, acknowledged.acknowledgedBy(),
                    acknowledged.acknowledgedAt(), details);
        } else if (payload instanceof AlertEscalated escalated) {
            Map<String, Object> details = facts(escalated.alertId(), escalated.requestId(), escalated.recipientAgency(), escalated.references());
            details.put("fromTier", escalated.fromTier());
            details.put("toTier", escalated.toTier());
            details.put("deadline", String.valueOf(escalated.deadline()));
            record(escalated.references(), TimelineKind.ALERT_ESCALATED, NOTIFICATION_SERVICE, escalated.escalatedAt(), details);
        } else if (payload instanceof AlertExhausted exhausted) {
            Map<String, Object> details = facts(exhausted.alertId(), exhausted.requestId(), exhausted.recipientAgency(), exhausted.references());
            details.put("attempts", exhausted.attempts());
            record(exhausted.references(), TimelineKind.ALERT_EXHAUSTED, NOTIFICATION_SERVICE, exhausted.exhaustedAt(), details);
        } else if (payload instanceof AlertReachedNoOne reachedNoOne) {
            // says that nobody could be reached at the tier, never who the partner has or lacks
            Map<String, Object> details = facts(reachedNoOne.alertId(), reachedNoOne.requestId(), reachedNoOne.recipientAgency(),
                    reachedNoOne.references());
            details.put("tier", reachedNoOne.tier());
            record(reachedNoOne.references(), TimelineKind.ALERT_REACHED_NO_ONE, NOTIFICATION_SERVICE, reachedNoOne.recordedAt(), details);
        } else if (payload instanceof AlertAnswered answered) {
            Map<String, Object> details = facts(answered.alertId(), answered.requestId(), answered.recipientAgency(), answered.references());
            details.put("answerId", String.valueOf(answered.answerId()));
            details.put("result", answered.result().name());
            details.put("note", answered.note());
            details.put("language", answered.language().name());
            record(answered.references(), TimelineKind.ALERT_ANSWERED, answered.answeredBy(), answered.answeredAt(), details);
            answers.fire(answered);
        }
        return Outcome.APPLIED;
    }

    private static Map<String, Object> facts(UUID alertId, UUID requestId, String recipient, AlertRequested.References references) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("alertId", String.valueOf(alertId));
        details.put("requestId", String.valueOf(requestId));
        details.put("recipientAgency", recipient);
        // a message of a request for verification has no tip: requestId is then the request's
        if (references != null && references.tipId() != null) {
            details.put("tipId", String.valueOf(references.tipId()));
            details.put("tipReference", references.tipReference());
        }
        return details;
    }

    /**
     * An alert belongs on the timeline of the operation it names, or, when it came from a tip's triage, of every
     * operation the tip is linked to; alerts about tips outside any known operation have no timeline. The messages of a
     * request for verification go on its operation's timeline, as every other message of the request does.
     */
    private void record(AlertRequested.References references, TimelineKind kind, String actor, OffsetDateTime at, Map<String, Object> details) {
        if (references == null || (references.operationId() == null && references.tipId() == null)) {
            return;
        }
        List<UUID> operations = references.operationId() != null ? List.of(references.operationId())
                : TipLink.<TipLink>list("tipId", references.tipId()).stream().map(link -> link.operationId).toList();
        operations.stream()
                .filter(operation -> JointOperation.findById(operation) != null)
                .forEach(operation -> timeline.record(operation, kind, actor, at, details));
    }
}
