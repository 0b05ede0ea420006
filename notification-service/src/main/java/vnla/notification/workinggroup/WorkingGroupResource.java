package vnla.notification.workinggroup;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.idempotency.Idempotency;
import vnla.common.security.Caller;
import vnla.common.security.Roles;
import vnla.common.web.Page;

/** An agency's admin registers the working groups it stations in a partner's province, and closes them. */
@Path("/api/v1/working-groups")
@Tag(name = "Working groups")
public class WorkingGroupResource {

    private final WorkingGroupService groups;
    private final Idempotency idempotency;
    private final Caller caller;

    public WorkingGroupResource(WorkingGroupService groups, Idempotency idempotency, Caller caller) {
        this.groups = groups;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a working group",
            description = "Officers of the caller's agency (originAgency) stationed with a partner's provincial command "
                    + "(hostAgency) in its province (hostArea) for a period of calendar days in Indochina Time, both inclusive. "
                    + "During the period the group receives the host's alerts for that area at its own subscriptions (its "
                    + "liaison officers' tokens carry the claim working_group = its id), and may acknowledge them; before and "
                    + "after it, nothing. 403 when originAgency is not the caller's agency; 400 naming the field for a period "
                    + "that ends before it starts, a host area that is not the host's province, or a duty stretch outside the period.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the group")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response create(
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid WorkingGroupViews.NewWorkingGroup request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, request, () -> groups.create(request));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.LIAISON_OFFICER })
    @Operation(summary = "List the working groups the agency sent or hosts", description = "Newest first, paginated; open=true "
            + "for the groups not closed, open=false for the closed ones.")
    public Page<WorkingGroupViews.WorkingGroupView> list(
            @QueryParam("open") Boolean open,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return groups.list(open, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.LIAISON_OFFICER })
    @Operation(summary = "Read one working group", description = "Its origin and host agencies only; 404 for anyone else.")
    public WorkingGroupViews.WorkingGroupView get(@PathParam("id") UUID id) {
        return groups.view(groups.visible(id));
    }

    @POST
    @Path("/{id}/closure")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Close a working group", description = "From now on it receives nothing more and can no longer "
            + "acknowledge, whatever its period says. An admin of the origin agency only (403 for the host's, 404 for anyone "
            + "else); 409 when already closed.")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", description = "Already closed")
    public WorkingGroupViews.WorkingGroupView close(@PathParam("id") UUID id, @NotNull @Valid WorkingGroupViews.Closure closure) {
        return groups.view(groups.close(id, closure));
    }
}
