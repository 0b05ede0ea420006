package vnla.notification.escalation;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.notification.agency.AgencyViews;
import vnla.notification.agency.Tier;

/** A recorded breach and the contacts of the next tier who were notified. */
@Schema(description = "The alert missed its deadline and went one tier up")
public record EscalationView(Tier fromTier, Tier toTier, OffsetDateTime deadline, OffsetDateTime escalatedAt,
        @Schema(description = "NO_RECIPIENT when no subscription took the alert and no contact was on duty at toTier: the "
                + "ministry tier of the receiving country was notified instead, and the sender was told that nobody could be "
                + "reached (never who)") Escalation.Outcome outcome,
        @Schema(description = "The on-duty contacts of toTier, from the agency's contact list; for NO_RECIPIENT, the MINISTRY "
                + "contacts of the receiving country's ministry", maxItems = AgencyViews.MAX_CONTACTS)
        List<NotifiedContact> notified) {

    /** An alert's escalations: one per tier above the lowest, since an alert only ever goes one tier up ({@link Tier}). */
    public static final int PER_ALERT = 3;

    public record NotifiedContact(@Schema(description = "Whose contact list named them", example = "la.mps") String agency,
            String name, String rank, String phone, String email) {
    }

    static EscalationView of(Escalation e, String recipientAgency, List<EscalationNotification> notified) {
        return new EscalationView(e.fromTier, e.toTier, e.deadline, e.escalatedAt, e.outcome, notified.stream()
                .map(n -> new NotifiedContact(n.agencyId == null ? recipientAgency : n.agencyId, n.contactName, n.contactRank, n.phone, n.email))
                .toList());
    }
}
