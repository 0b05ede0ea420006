package vnla.cases.operation;

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

import vnla.cases.timeline.Timeline;
import vnla.cases.timeline.TimelineView;
import vnla.common.security.Roles;
import vnla.common.web.Page;

/** What happened to a joint operation, oldest first: the timeline as a party to the operation reads it. */
@Path("/api/v1/operations/{id}/timeline")
@Tag(name = "Timeline")
public class TimelineResource {

    private final OperationService operations;
    private final Timeline timeline;

    public TimelineResource(OperationService operations, Timeline timeline) {
        this.operations = operations;
        this.timeline = timeline;
    }

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Read the operation's timeline", description = "Every change (opened, status moves), link, unlink, "
            + "rejected suggestion, result, alert request and refused release with its reason, and the deliveries, "
            + "acknowledgements, escalations, escalations that reached no one (ALERT_REACHED_NO_ONE: no subscription and no "
            + "on-duty contact at that tier of the partner, who is never named), exhausted deliveries and the partner's "
            + "answers (ALERT_ANSWERED: result and note) notification-service reports, each with who and when. "
            + "Oldest first; paginated (size at most " + Page.MAX_SIZE + ").")
    public Page<TimelineView> read(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(100) int size) {
        return timeline.read(operations.visible(id).id, page, size);
    }
}
