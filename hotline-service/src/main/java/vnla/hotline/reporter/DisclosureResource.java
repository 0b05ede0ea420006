package vnla.hotline.reporter;

import java.net.URI;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.security.Roles;
import vnla.common.web.Page;

/**
 * The only door to a reporter's identity, with two persons: a custodian asks, a second custodian or an admin of the
 * same agency decides, and the requester reads once within the approval window. Another agency's tip answers 404.
 */
@Path("/api/v1/tips/{id}")
@Tag(name = "Reporter identity", description = "Two-person disclosure: custodians ask, a second custodian or admin of the "
        + "same agency decides, the requester reads once; requests, decisions and reads are audited in a hash chain")
public class DisclosureResource {

    private final DisclosureService disclosures;

    public DisclosureResource(DisclosureService disclosures) {
        this.disclosures = disclosures;
    }

    @POST
    @Path("/reporter-disclosure-requests")
    @Transactional
    @RolesAllowed(Roles.CUSTODIAN)
    @Operation(summary = "Ask to read who reported a tip", description = "Role custodian. States why; a second person of the "
            + "same agency (another custodian or an admin, never the requester) must approve before the identity can be read. Audited.")
    @APIResponse(responseCode = "201", description = "Requested and PENDING; Location names the request")
    @APIResponse(responseCode = "404", description = "No such tip in the caller's agency")
    public Response request(@PathParam("id") UUID tipId, @NotNull @Valid DisclosureRequests.NewRequest body) {
        DisclosureRequest request = disclosures.request(tipId, body);
        return Response.created(URI.create("/api/v1/tips/" + tipId + "/reporter-disclosure-requests/" + request.id))
                .entity(DisclosureRequests.RequestView.of(request, disclosures.now())).build();
    }

    @GET
    @Path("/reporter-disclosure-requests")
    @RolesAllowed({ Roles.CUSTODIAN, Roles.ADMIN })
    @Operation(summary = "The disclosure requests on a tip", description = "Roles custodian, admin; oldest first, paginated "
            + "(size at most " + Page.MAX_SIZE + ").")
    public Page<DisclosureRequests.RequestView> list(@PathParam("id") UUID tipId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return disclosures.list(tipId, page, size);
    }

    @GET
    @Path("/reporter-disclosure-requests/{requestId}")
    @RolesAllowed({ Roles.CUSTODIAN, Roles.ADMIN })
    @Operation(summary = "One disclosure request", description = "Roles custodian, admin. Shows the decision and its reason "
            + "(a denial's reason is visible to the requester); an unread approval past its window shows EXPIRED.")
    public DisclosureRequests.RequestView get(@PathParam("id") UUID tipId, @PathParam("requestId") UUID requestId) {
        return DisclosureRequests.RequestView.of(disclosures.find(tipId, requestId), disclosures.now());
    }

    @POST
    @Path("/reporter-disclosure-requests/{requestId}/decision")
    @Transactional
    @RolesAllowed({ Roles.CUSTODIAN, Roles.ADMIN })
    @Operation(summary = "Approve or deny a disclosure request", description = "Roles custodian, admin of the tip's agency, "
            + "never the requester (403). Only a PENDING request (409 otherwise). An approval opens a window "
            + "(hotline.disclosure.approval-window, default 1 h) for one read. Audited.")
    public DisclosureRequests.RequestView decide(@PathParam("id") UUID tipId, @PathParam("requestId") UUID requestId,
            @NotNull @Valid DisclosureRequests.Decision body) {
        return DisclosureRequests.RequestView.of(disclosures.decide(tipId, requestId, body), disclosures.now());
    }

    @POST
    @Path("/reporter-disclosure-requests/{requestId}/disclosure")
    @Transactional
    @RolesAllowed(Roles.CUSTODIAN)
    @Operation(summary = "Read who reported a tip, once", description = "Role custodian, the requester only (403 otherwise). "
            + "Reads once per approval, under an APPROVED request within its window; a second read, a pending, denied or expired request is a 409. Audited.")
    public DisclosureRequests.Disclosure read(@PathParam("id") UUID tipId, @PathParam("requestId") UUID requestId) {
        return disclosures.read(tipId, requestId);
    }

    @GET
    @Path("/reporter-disclosures")
    @RolesAllowed({ Roles.CUSTODIAN, Roles.ADMIN })
    @Operation(summary = "Who asked for, decided on and read a tip's reporter identity, when and why",
            description = "Roles custodian, admin. The tip's rows of the hash-chained disclosure audit, in order; paginated "
                    + "(size at most " + Page.MAX_SIZE + ").")
    public Page<DisclosureRequests.AuditView> audit(@PathParam("id") UUID tipId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return disclosures.auditOf(tipId, page, size);
    }
}
