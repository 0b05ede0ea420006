package vnla.cases.victim;

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
 * The only door to a victim's identity, with two persons: a custodian of either side asks, a second custodian or an
 * admin of the same agency decides, and the requester reads once within the approval window. Another agency gets 404.
 */
@Path("/api/v1/victims/{id}")
@Tag(name = "Victims")
public class VictimDisclosureResource {

    private final VictimDisclosureService disclosures;

    public VictimDisclosureResource(VictimDisclosureService disclosures) {
        this.disclosures = disclosures;
    }

    @POST
    @Path("/identity-disclosure-requests")
    @Transactional
    @RolesAllowed(Roles.CUSTODIAN)
    @Operation(summary = "Ask to read who the victim is", description = "Role custodian of the referring or the receiving agency "
            + "(404 for any other agency). States why; a second person of the same agency (another custodian or an admin, "
            + "never the requester) must approve before the identity can be read. Audited.")
    @APIResponse(responseCode = "201", description = "Requested and PENDING; Location names the request")
    public Response request(@PathParam("id") UUID id, @NotNull @Valid VictimRequests.NewDisclosureRequest body) {
        VictimDisclosureRequest request = disclosures.request(id, body);
        return Response.created(URI.create("/api/v1/victims/" + id + "/identity-disclosure-requests/" + request.id))
                .entity(VictimRequests.RequestView.of(request, disclosures.now())).build();
    }

    @POST
    @Path("/identity-disclosure-requests/{requestId}/decision")
    @Transactional
    @RolesAllowed({ Roles.CUSTODIAN, Roles.ADMIN })
    @Operation(summary = "Approve or deny a request to read who the victim is", description = "Roles custodian, admin of the "
            + "requester's agency, never the requester (403). Only a PENDING request (409 otherwise). An approval opens a "
            + "window (suite.victims.approval-window, default 1 h) for one read. Audited.")
    public VictimRequests.RequestView decide(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            @NotNull @Valid VictimRequests.Decision body) {
        return VictimRequests.RequestView.of(disclosures.decide(id, requestId, body), disclosures.now());
    }

    @POST
    @Path("/identity-disclosure-requests/{requestId}/disclosure")
    @Transactional
    @RolesAllowed(Roles.CUSTODIAN)
    @Operation(summary = "Read who the victim is, once", description = "Role custodian, the requester only (403 otherwise). "
            + "Reads once per approval, within its window; a second read, a pending, denied or expired request is a 409. Audited.")
    public VictimRequests.Disclosure read(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId) {
        return disclosures.read(id, requestId);
    }

    @GET
    @Path("/identity-disclosures")
    @RolesAllowed({ Roles.CUSTODIAN, Roles.ADMIN })
    @Operation(summary = "Who asked for, decided on and read the victim's identity, when and why", description = "Roles "
            + "custodian, admin of the referring or the receiving agency. The referral's rows of the hash-chained victim "
            + "disclosure audit, in order; paginated (size at most " + Page.MAX_SIZE + ").")
    public Page<VictimRequests.AuditView> audit(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return disclosures.auditOf(id, page, size);
    }
}
