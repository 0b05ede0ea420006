package vnla.cases.operation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.security.Roles;
import vnla.common.web.Page;

/** Invitations to joint operations, as the invited agency answers them. */
@Path("/api/v1/invitations")
@Tag(name = "Invitations")
public class InvitationResource {

    private final InvitationService invitations;

    public InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "List the invitations to the caller's agency", description = "Role analyst. Newest first, optionally "
            + "only those in one status. An invitation shows the operation's code name, lead, category, area and period and "
            + "who invited; nothing linked to the operation is visible before accepting. Paginated (size at most "
            + Page.MAX_SIZE + ").")
    public Page<InvitationView> list(@QueryParam("status") OperationInvitation.Status status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return invitations.forCaller(status, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Read one invitation", description = "Role analyst of the invited agency or of a party of the operation; 404 otherwise.")
    @APIResponse(responseCode = "404", description = "No such invitation for the caller's agency")
    public InvitationView get(@PathParam("id") UUID id) {
        return invitations.find(id);
    }

    @POST
    @Path("/{id}/accept")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Accept an invitation", description = "Role analyst of the invited agency. The agency becomes a partner "
            + "of the operation: it sees the operation, its timeline, and the tips its lead or partners release to it.")
    @APIResponse(responseCode = "200", description = "ACCEPTED")
    @APIResponse(responseCode = "404", description = "No such invitation for the caller's agency")
    @APIResponse(responseCode = "409", description = "No longer PENDING, or the operation is CLOSED")
    public InvitationView accept(@PathParam("id") UUID id) {
        return invitations.accept(id);
    }

    @POST
    @Path("/{id}/decline")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Decline an invitation", description = "Role analyst of the invited agency, with a reason the lead sees.")
    @APIResponse(responseCode = "200", description = "DECLINED")
    @APIResponse(responseCode = "404", description = "No such invitation for the caller's agency")
    @APIResponse(responseCode = "409", description = "No longer PENDING")
    public InvitationView decline(@PathParam("id") UUID id, @NotNull @Valid OperationRequests.Reason request) {
        return invitations.decline(id, request);
    }
}
