package vnla.cases.operation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.cases.agreement.AgreementRequests;
import vnla.common.event.Vocabulary;
import vnla.common.idempotency.Idempotency;
import vnla.common.security.Caller;
import vnla.common.security.KnownAgencies;
import vnla.common.security.Roles;
import vnla.common.web.Page;
import vnla.common.web.Versions;

/** Joint operations: analysts of the lead agency open them and invite partners; analysts of the parties read and move them. */
@Path("/api/v1/operations")
@Tag(name = "Operations")
public class OperationResource {

    private final OperationService operations;
    private final InvitationService invitations;
    private final Idempotency idempotency;
    private final Caller caller;

    public OperationResource(OperationService operations, InvitationService invitations, Idempotency idempotency, Caller caller) {
        this.operations = operations;
        this.invitations = invitations;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Open a joint operation", description = "Role analyst of the lead agency (403 for any other). Starts "
            + "PLANNED. Each agency named in partnerAgencies is invited and becomes a partner only when one of its analysts "
            + "accepts; at least one must be on the other side of the border. Code names are unique per lead agency.")
    @APIResponse(responseCode = "201", description = "Opened; Location names the operation, ETag is its version")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "403", description = "The caller's agency is not the lead agency")
    @APIResponse(responseCode = "409", description = "The caller's agency already leads an operation with that code name")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response open(
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid OperationRequests.NewOperation request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, request, () -> operations.open(request));
    }

    @POST
    @Path("/{id}/invitations")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Invite another agency as a partner", description = "Role analyst of the lead agency (403 for a partner). "
            + "An agency that declined, left or was removed may be invited again.")
    @APIResponse(responseCode = "201", description = "Invited; Location names the invitation")
    @APIResponse(responseCode = "409", description = "Already invited or already a partner")
    public Response invite(@PathParam("id") UUID id,
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid OperationRequests.NewInvitation request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, new Object[] { id, request },
                () -> invitations.inviteMore(operations.visible(id), request));
    }

    @GET
    @Path("/{id}/invitations")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "List the operation's invitations", description = "Role analyst of a party. Every agency invited, with "
            + "its answer and who gave it: one invitation per agency, its latest (a re-invitation reuses it).")
    @APIResponse(responseCode = "200", description = "At most one per agency of the network", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = InvitationView.class, maxItems = KnownAgencies.COUNT)))
    public List<InvitationView> invitations(@PathParam("id") UUID id) {
        return InvitationService.of(operations.visible(id));
    }

    @DELETE
    @Path("/{id}/partners/{agency}")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Remove a partner, or leave", description = "Role analyst of the lead agency, to remove a partner or "
            + "withdraw a pending invitation; or of the partner itself, to leave. The agency then sees the operation no more.")
    @APIResponse(responseCode = "204", description = "Removed or left")
    @APIResponse(responseCode = "403", description = "A partner tried to remove another partner")
    @APIResponse(responseCode = "404", description = "Not a partner of the operation")
    @APIResponse(responseCode = "409", description = "The lead cannot leave its own operation")
    public void removePartner(@PathParam("id") UUID id,
            @PathParam("agency") @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE) String agency,
            @Parameter(description = "Why, for the timeline") @QueryParam("reason") @Size(max = 2000) String reason) {
        invitations.remove(operations.visible(id), agency, reason);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Read one joint operation", description = "404 unless the caller's agency is the lead or a partner. "
            + "The ETag is the operation's version, for If-Match.")
    public Response get(@PathParam("id") UUID id) {
        JointOperation operation = operations.visible(id);
        return Response.ok(OperationView.of(operation)).tag(Versions.etag(operation.version)).build();
    }

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "List the joint operations the caller's agency is party to", description = "Newest first, filtered by "
            + "status, party agency, category, province of the area and period overlap; paginated (size at most " + Page.MAX_SIZE + ").")
    public Page<OperationView> list(
            @QueryParam("status") OperationStatus status,
            @Parameter(description = "Only operations this agency leads or is partner to") @QueryParam("agency")
            @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE) String agency,
            @QueryParam("category") Vocabulary.Category category,
            @Parameter(description = "Only operations whose area includes this province") @QueryParam("province")
            @Pattern(regexp = OperationRequests.PROVINCE_CODE, message = OperationRequests.PROVINCE_CODE_MESSAGE) String province,
            @Parameter(description = "Only operations whose period reaches this day or later") @QueryParam("from") LocalDate from,
            @Parameter(description = "Only operations whose period starts on this day or earlier") @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return operations.list(new OperationService.Filter(status, agency, category, province, from, to), page, size);
    }

    @POST
    @Path("/{id}/status")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Move an operation to another status", description = "PLANNED → ACTIVE, ACTIVE → SUSPENDED or CLOSED, "
            + "SUSPENDED → ACTIVE or CLOSED; any other move is 409. Requires If-Match with the operation's ETag (412 when "
            + "stale, 428 when missing). Recorded on the timeline.")
    @APIResponse(responseCode = "200", description = "Moved; the ETag is the new version")
    @APIResponse(responseCode = "409", description = "Not a move the status machine allows")
    @APIResponse(responseCode = "412", description = "The operation changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OperationRequests.StatusChange request) {
        JointOperation operation = operations.changeStatus(id, ifMatch, request);
        return Response.ok(OperationView.of(operation)).tag(Versions.etag(operation.version)).build();
    }
}
