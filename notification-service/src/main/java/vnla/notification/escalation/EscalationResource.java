package vnla.notification.escalation;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import vnla.common.security.Roles;
import vnla.notification.alert.Alert;
import vnla.notification.alert.AlertService;

/** The breaches of an alert: each missed deadline, the tier it went to, and who was notified there. */
@Path("/api/v1/alerts/{id}/escalations")
@Tag(name = "Escalations")
public class EscalationResource {

    private final AlertService alerts;

    public EscalationResource(AlertService alerts) {
        this.alerts = alerts;
    }

    @GET
    @RolesAllowed({ Roles.LIAISON_OFFICER, Roles.ADMIN })
    @Operation(summary = "List an alert's escalations",
            description = "Oldest first: the missed deadline, the tier it went from and to, and the on-duty contacts of that "
                    + "tier who were notified. Outcome NO_RECIPIENT: no subscription took the alert and no contact was on duty "
                    + "at that tier, so the MINISTRY contacts of the receiving country's ministry were notified instead (and "
                    + "notifications.alert.reached-no-one told the sender that nobody could be reached). 404 for another "
                    + "agency's alert.")
    @APIResponse(responseCode = "200", description = "At most one per tier above the lowest", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = EscalationView.class, maxItems = EscalationView.PER_ALERT)))
    public List<EscalationView> list(@PathParam("id") UUID alertId) {
        Alert alert = alerts.find(alertId);
        return Escalation.<Escalation>list("alertId", Sort.by("escalatedAt"), alert.id).stream()
                .map(e -> EscalationView.of(e, alert.recipientAgency, EscalationNotification.list("escalationId", e.id)))
                .toList();
    }
}
