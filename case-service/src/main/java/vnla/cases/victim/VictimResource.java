package vnla.cases.victim;

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

/**
 * Trafficking victims referred between a Vietnamese and a Lao agency. Analysts of the two agencies read what does not
 * identify the person and move the referral, each its own steps (the sealed identity: {@link VictimDisclosureResource}).
 * Any other agency gets 404.
 */
@Path("/api/v1/victims")
@Tag(name = "Victims", description = "Trafficking victims: referred, identified, returned, received; identity sealed, read by custodians under two-person disclosure, audited")
public class VictimResource {

    private final VictimService victims;
    private final Idempotency idempotency;
    private final Caller caller;

    public VictimResource(VictimService victims, Idempotency idempotency, Caller caller) {
        this.victims = victims;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Refer a trafficking victim to the other country", description = "Role analyst of the referring agency "
            + "(403 for any other). The receiving agency must be of the other country, with a cooperation agreement in force "
            + "covering HUMAN_TRAFFICKING (409 otherwise). The identity is encrypted at rest and never appears in a read, a "
            + "list, an event, a timeline or a log; only custodians of the two agencies read it, under two-person disclosure. Starts REFERRED; emits "
            + "cases.victim.status-changed on cases.operations.v1, and puts VICTIM_REFERRED on the linked operation's timeline.")
    @APIResponse(responseCode = "201", description = "Referred; Location names the referral, ETag is its version")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "403", description = "The caller's agency is not the referring agency")
    @APIResponse(responseCode = "409", description = "No agreement in force between the two agencies")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response refer(
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid VictimRequests.NewReferral request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, request, () -> victims.refer(request));
    }

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "List the victim referrals of the caller's agency", description = "Role analyst. Referrals the caller's "
            + "agency made or receives, newest first, filtered by status; nothing that identifies the person. Paginated (size "
            + "at most " + Page.MAX_SIZE + ").")
    public Page<VictimView> list(@QueryParam("status") VictimStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return victims.list(status, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Read one victim referral", description = "Role analyst of the referring or the receiving agency (404 "
            + "for any other). Nothing that identifies the person. The ETag is the referral's version, for If-Match.")
    public Response get(@PathParam("id") UUID id) {
        VictimReferral referral = victims.visible(id);
        return Response.ok(VictimView.of(referral)).tag(Versions.etag(referral.version)).build();
    }

    @POST
    @Path("/{id}/status")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Record the next step of a referral", description = "Role analyst. REFERRED → IDENTIFIED by the "
            + "receiving agency (the person is its national), IDENTIFIED → RETURNED by the referring agency (handed over at "
            + "borderGate on returnedOn, both required), RETURNED → RECEIVED by the receiving agency. A step for the other side "
            + "is 403; a step out of order 409, naming the current status. Requires If-Match with the referral's ETag (412 "
            + "when stale, 428 when missing). Emits cases.victim.status-changed and puts VICTIM_STATUS_CHANGED on the linked "
            + "operation's timeline.")
    @APIResponse(responseCode = "200", description = "Moved; the ETag is the new version")
    @APIResponse(responseCode = "403", description = "The step belongs to the other agency")
    @APIResponse(responseCode = "409", description = "Not the next step")
    @APIResponse(responseCode = "412", description = "The referral changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid VictimRequests.StatusChange request) {
        VictimReferral referral = victims.move(id, ifMatch, request);
        return Response.ok(VictimView.of(referral)).tag(Versions.etag(referral.version)).build();
    }
}
