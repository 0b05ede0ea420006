package vnla.notification.alert;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.event.Vocabulary;
import vnla.common.security.Roles;
import vnla.common.web.Page;

/** The alerts API: a partner agency reads the alerts addressed to it, and only those. */
@Path("/api/v1/alerts")
@Tag(name = "Alerts")
@RolesAllowed({ Roles.LIAISON_OFFICER, Roles.ADMIN })
public class AlertResource {

    private final AlertService alerts;
    private final Acknowledgements acknowledgements;

    public AlertResource(AlertService alerts, Acknowledgements acknowledgements) {
        this.alerts = alerts;
        this.acknowledgements = acknowledgements;
    }

    @GET
    @Operation(summary = "List the agency's alerts",
            description = "Alerts addressed to the caller's agency (for a working group's liaison officer, whose token names "
                    + "working_group: the alerts its group received during its period), newest first, filtered and paginated (size at most "
                    + Page.MAX_SIZE + "). Each carries info blocks in vi, lo and en.")
    public Page<AlertView> list(
            @QueryParam("requestId") UUID requestId,
            @QueryParam("status") Vocabulary.MessageStatus status,
            @QueryParam("priority") Vocabulary.Priority priority,
            @QueryParam("acknowledged") Boolean acknowledged,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return alerts.list(new AlertService.Filter(requestId, status, priority, acknowledged), page, size)
                .map(alert -> AlertView.of(alert, acknowledgements.of(alert.id)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one alert",
            description = "The CAP-like alert: identifier, sender, sent, status, message type, scope, priority, handling code, "
                    + "references, area, info blocks in vi, lo and en, the tier it is at and its acknowledgement. Once a CANCEL "
                    + "recalled it, `cancelled` says when, by which alert (its id) and why; once an UPDATE narrowed it, `superseded` "
                    + "does. A CANCEL or UPDATE names the earlier alert in references.alerts and carries no description. 404 for "
                    + "an alert addressed to another agency.")
    public AlertView get(@PathParam("id") UUID id) {
        Alert alert = alerts.findReceived(id);
        return AlertView.of(alert, acknowledgements.of(alert.id));
    }
}
