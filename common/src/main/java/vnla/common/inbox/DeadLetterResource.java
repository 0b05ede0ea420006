package vnla.common.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.security.Roles;
import vnla.common.web.Page;

/**
 * The events this service's consumers dead-lettered, and their replay. Maintenance of the whole service: it shows no
 * event's data, so any agency's admin may use it, like the other administration operations.
 */
@Path("/api/v1/admin/dead-letters")
@Tag(name = "Administration")
public class DeadLetterResource {

    private final DeadLetters deadLetters;

    public DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List dead-lettered events", description = "Role admin. What this service's consumers moved to their "
            + "dead-letter topics (<topic>.dlq): unreadable records and schema violations at once, events whose effect still "
            + "failed after the retries (2 minutes). Newest first, paginated (size at most " + Page.MAX_SIZE + "); the "
            + "event's data is not shown. handled: the consumer has handled the event since.")
    @APIResponse(responseCode = "200", description = "One page of dead letters")
    @APIResponse(responseCode = "503", description = "Kafka does not answer; retry later")
    public Page<DeadLetters.DeadLetterView> list(
            @Parameter(description = "Only those the consumer has (true) or has not (false) handled since") @QueryParam("handled") Boolean handled,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return deadLetters.list(handled, page, size);
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replay a dead-lettered event", description = "Role admin. Hands the event to its consumer again, as "
            + "if it had just arrived: APPLIED, PARKED (it follows an event not applied yet, and is applied after it) or "
            + "ALREADY_HANDLED (nothing changes; replaying twice is harmless).")
    @APIResponse(responseCode = "200", description = "What the replay did")
    @APIResponse(responseCode = "400", description = "The id is not <dead-letter topic>-<partition>-<offset>")
    @APIResponse(responseCode = "409", description = "The record is no readable event (not a CloudEvent, or it breaks its schema)")
    @APIResponse(responseCode = "503", description = "Kafka does not answer; retry later")
    public DeadLetters.Replay replay(
            @Parameter(description = "<dead-letter topic>-<partition>-<offset>, as listed") @PathParam("id")
            @Pattern(regexp = "[A-Za-z0-9._-]{1,249}-[0-9]{1,9}-[0-9]{1,18}") String id) {
        return deadLetters.replay(id);
    }
}
