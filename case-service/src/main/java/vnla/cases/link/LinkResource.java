package vnla.cases.link;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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

/** The tips linked to a joint operation. */
@Path("/api/v1/operations/{id}/links")
@Tag(name = "Links")
public class LinkResource {

    private final LinkService links;
    private final Idempotency idempotency;
    private final Caller caller;

    public LinkResource(LinkService links, Idempotency idempotency, Caller caller) {
        this.links = links;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Link a tip to the operation", description = "Role analyst of a party. The tip must be known to "
            + "case-service (from hotline.tips.v1), received by one of the operation's agencies, and the caller's agency's own "
            + "or released to it, otherwise 404; a dismissed tip, a tip already linked or a CLOSED operation is 409. Emits "
            + "cases.tip.linked on cases.operations.v1 and, when the tip's own agency links it, releases it to the other "
            + "parties where the release policy allows (cases.alert.requested).")
    @APIResponse(responseCode = "201", description = "Linked; Location names the link")
    @APIResponse(responseCode = "404", description = "Unknown operation or tip")
    @APIResponse(responseCode = "409", description = "Already linked, dismissed tip or closed operation")
    public Response link(@PathParam("id") UUID id,
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid LinkRequests.NewLink request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, new Object[] { id, request },
                () -> links.link(id, request, false));
    }

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "List the tips linked to the operation", description = "Role analyst of a party. Oldest link first; "
            + "another agency's tip that was not released to the caller (or no longer is) shows as a withheld placeholder. "
            + "Paginated (size at most " + Page.MAX_SIZE + ").")
    public Page<LinkView> list(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return links.list(id, page, size);
    }

    @DELETE
    @Path("/{tipId}")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Unlink a tip from the operation", description = "Role analyst of the tip's own agency or of the "
            + "operation's lead. Emits cases.tip.unlinked; the timeline keeps the history.")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @APIResponse(responseCode = "403", description = "Neither the tip's agency nor the lead")
    @APIResponse(responseCode = "404", description = "No such link")
    public void unlink(@PathParam("id") UUID id, @PathParam("tipId") UUID tipId) {
        links.unlink(id, tipId);
    }
}
