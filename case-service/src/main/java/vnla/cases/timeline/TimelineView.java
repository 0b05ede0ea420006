package vnla.cases.timeline;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A timeline entry as the API shows it. */
public record TimelineView(
        UUID id,
        TimelineKind kind,
        @Schema(description = "Who did it: a token subject, or the service that reported it") String actor,
        OffsetDateTime at,
        @Schema(description = "What changed, depending on the kind (tipId, recipients, reason, alertId, …)") Map<String, Object> details) {

    static TimelineView of(TimelineEntry entry) {
        return new TimelineView(entry.id, entry.kind, entry.actor, entry.occurredAt, entry.details);
    }
}
