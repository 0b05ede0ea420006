package vnla.notification.escalation;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.notification.agency.AgencyViews;
import vnla.notification.agency.Tier;

/** A recorded breach and the contacts of the next tier who were notified. */
@Schema(description = "The alert missed its deadline and went one tier up")
public record EscalationView(Tier fromTier, Tier toTier, OffsetDateTime deadline, OffsetDateTime escalatedAt,
        @Schema(description = "The on-duty contacts of toTier, from the agency's contact list", maxItems = AgencyViews.MAX_CONTACTS)
        List<NotifiedContact> notified) {

    /** An alert's escalations: one per tier above the lowest, since an alert only ever goes one tier up ({@link Tier}). */
    public static final int PER_ALERT = 3;

    public record NotifiedContact(String name, String rank, String phone, String email) {
    }

    static EscalationView of(Escalation e, List<EscalationNotification> notified) {
        return new EscalationView(e.fromTier, e.toTier, e.deadline, e.escalatedAt,
                notified.stream().map(n -> new NotifiedContact(n.contactName, n.contactRank, n.phone, n.email)).toList());
    }
}
