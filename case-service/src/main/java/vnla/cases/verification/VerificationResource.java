package vnla.cases.verification;

import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
 * Requests for verification (phối hợp xác minh) between a Vietnamese and a Lao agency. Analysts of the two agencies read
 * them; each step belongs to one side. Any other agency gets 404.
 */
@Path("/api/v1/requests")
@Tag(name = "Requests for verification", description = "One force asks the other to verify a person, phone, vehicle, place or document by a deadline")
public class VerificationResource {

    private static final String MOVE = " Requires If-Match with the request's ETag (412 when stale, 428 when missing); a step "
            + "for the other side is 403, a step the status does not allow 409, naming the current status. Emits "
            + "cases.verification.message-sent for the other side and puts it on the linked operation's timeline.";

    private final VerificationService verifications;
    private final Idempotency idempotency;
    private final Caller caller;

    public VerificationResource(VerificationService verifications, Idempotency idempotency, Caller caller) {
        this.verifications = verifications;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Ask an agency of the other country to verify something", description = "Role analyst of the requesting "
            + "agency (403 for any other). The requested agency must be of the other country, with a cooperation agreement in "
            + "force (409 otherwise); the handling code neither RED nor NATIONAL_ONLY; the deadline in the future; the "
            + "operation one of both agencies; each tip seen in full by the caller and released to the requested agency. "
            + "Starts SENT; an answer not given by the deadline makes it OVERDUE and escalates. Emits "
            + "cases.verification.message-sent (SENT) and puts VERIFICATION_REQUESTED on the operation's timeline.")
    @APIResponse(responseCode = "201", description = "Sent; Location names the request, ETag is its version")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "403", description = "The caller's agency is not the requesting agency")
    @APIResponse(responseCode = "409", description = "No agreement in force between the two agencies")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response send(
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid VerificationRequests.NewRequest request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, request, () -> verifications.send(request));
    }

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "List the requests for verification of the caller's agency", description = "Role analyst. INBOUND: "
            + "those the caller's agency is asked; OUTBOUND: those it sent; both when absent. Newest first, filtered by status. "
            + "Paginated (size at most " + Page.MAX_SIZE + ").")
    public Page<VerificationView> list(
            @Parameter(description = "inbound: asked of the caller's agency; outbound: sent by it") @QueryParam("direction")
            @Pattern(regexp = "inbound|outbound", message = "must be inbound or outbound") String direction,
            @QueryParam("status") VerificationStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return verifications.list(direction == null ? null : VerificationService.Direction.valueOf(direction.toUpperCase(Locale.ROOT)),
                status, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Read one request for verification", description = "Role analyst of the requesting or the requested "
            + "agency (404 for any other). The ETag is the request's version, for If-Match.")
    public Response get(@PathParam("id") UUID id) {
        return ok(verifications.visible(id));
    }

    @POST
    @Path("/{id}/acceptance")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Accept a request", description = "Role analyst of the requested agency; SENT → ACCEPTED." + MOVE)
    @APIResponse(responseCode = "200", description = "Accepted; the ETag is the new version")
    @APIResponse(responseCode = "403", description = "The step belongs to the other agency")
    @APIResponse(responseCode = "409", description = "Not possible in the current status")
    @APIResponse(responseCode = "412", description = "The request changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(verifications.accept(id, ifMatch));
    }

    @POST
    @Path("/{id}/clarification-requests")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Ask the requester for clarification", description = "Role analyst of the requested agency; SENT or "
            + "ACCEPTED → CLARIFICATION_ASKED, with the message." + MOVE)
    @APIResponse(responseCode = "200", description = "Asked; the ETag is the new version")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "403", description = "The step belongs to the other agency")
    @APIResponse(responseCode = "409", description = "Not possible in the current status")
    @APIResponse(responseCode = "412", description = "The request changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response askClarification(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid VerificationRequests.Clarification request) {
        return ok(verifications.askClarification(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/clarifications")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Give the clarification asked for", description = "Role analyst of the requesting agency; "
            + "CLARIFICATION_ASKED → ACCEPTED, with the message." + MOVE)
    @APIResponse(responseCode = "200", description = "Clarified; the ETag is the new version")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "403", description = "The step belongs to the other agency")
    @APIResponse(responseCode = "409", description = "Not possible in the current status")
    @APIResponse(responseCode = "412", description = "The request changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response clarify(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid VerificationRequests.Clarification request) {
        return ok(verifications.clarify(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/answer")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Answer a request", description = "Role analyst of the requested agency; SENT, ACCEPTED, "
            + "CLARIFICATION_ASKED or OVERDUE (a late answer) → ANSWERED, with the result and findings (a reason for "
            + "DECLINED, findings otherwise). Answered before the deadline, it counts as answered in time." + MOVE)
    @APIResponse(responseCode = "200", description = "Answered; the ETag is the new version")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "403", description = "The step belongs to the other agency")
    @APIResponse(responseCode = "409", description = "Not possible in the current status")
    @APIResponse(responseCode = "412", description = "The request changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response answer(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid VerificationRequests.Answer request) {
        return ok(verifications.answer(id, ifMatch, request));
    }

    private static Response ok(VerificationRequest v) {
        return Response.ok(VerificationView.of(v)).tag(Versions.etag(v.version)).build();
    }
}
