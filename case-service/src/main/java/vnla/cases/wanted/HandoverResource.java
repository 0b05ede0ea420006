package vnla.cases.wanted;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.idempotency.Idempotency;
import vnla.common.security.Caller;
import vnla.common.security.Roles;
import vnla.common.web.Page;
import vnla.common.web.Versions;

/** Handovers (bàn giao) of a wanted person at a border gate, seen and moved by their two sides only. */
@Path("/api/v1/wanted-persons/{id}/handovers")
@Tag(name = "Wanted persons")
public class HandoverResource {

    private final HandoverService handovers;
    private final Idempotency idempotency;
    private final Caller caller;

    public HandoverResource(HandoverService handovers, Idempotency idempotency, Caller caller) {
        this.handovers = handovers;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Propose a handover of a wanted person", description = "Role analyst of the issuing agency or of the "
            + "handing agency, a partner the record is shared with that holds the person (400 naming handingAgency for any "
            + "other): border gate, date, the officers of both sides (names, ranks). Starts PROPOSED; at most one handover "
            + "that is not CANCELLED per record (409). Emits cases.handover.changed on cases.operations.v1 and puts "
            + "HANDOVER_PROPOSED on the record's operation's timeline.")
    @APIResponse(responseCode = "201", description = "Proposed; Location names the handover")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "403", description = "The caller's agency is neither side of the handover")
    @APIResponse(responseCode = "409", description = "The record already has a handover under way or done")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response propose(@PathParam("id") UUID id,
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid WantedRequests.NewHandover request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, request, () -> handovers.propose(id, request));
    }

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "List the handovers of a wanted person", description = "Role analyst of an agency that sees the record: "
            + "the handovers its agency is a side of, oldest first. Paginated (size at most " + Page.MAX_SIZE + ").")
    public Page<WantedViews.HandoverView> list(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return handovers.list(id, page, size);
    }

    @GET
    @Path("/{handoverId}")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Read one handover", description = "Role analyst of either side (404 for any other). The ETag is the "
            + "handover's version, for If-Match.")
    public Response get(@PathParam("id") UUID id, @PathParam("handoverId") UUID handoverId) {
        Handover handover = handovers.visible(id, handoverId);
        return Response.ok(WantedViews.HandoverView.of(handover)).tag(Versions.etag(handover.version)).build();
    }

    @POST
    @Path("/{handoverId}/status")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Record the next step of a handover", description = "Role analyst of either side. PROPOSED → AGREED by "
            + "the side that did not propose it (403 for the proposer); AGREED → HANDED_OVER: each side confirms once, on or after "
            + "the handover's date, and the status moves with the second confirmation (a second confirmation by the same side is "
            + "409); PROPOSED or AGREED → CANCELLED by either side, with a reason. Any other move is 409, naming the current "
            + "status. Requires If-Match with the handover's ETag (412 when stale, 428 when missing). Emits cases.handover.changed "
            + "and puts the step on the record's operation's timeline.")
    @APIResponse(responseCode = "200", description = "Recorded; the ETag is the new version")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "403", description = "The step belongs to the other side")
    @APIResponse(responseCode = "409", description = "Not the next step, or already confirmed by this side")
    @APIResponse(responseCode = "412", description = "The handover changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response move(@PathParam("id") UUID id, @PathParam("handoverId") UUID handoverId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid WantedRequests.StatusChange request) {
        Handover handover = handovers.move(id, handoverId, ifMatch, request);
        return Response.ok(WantedViews.HandoverView.of(handover)).tag(Versions.etag(handover.version)).build();
    }
}
