package vnla.cases.release;

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

import io.quarkus.panache.common.Sort;
import vnla.cases.operation.JointOperation;
import vnla.cases.operation.OperationService;
import vnla.cases.tip.TipProjection;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.security.Roles;
import vnla.common.web.Page;

/** Releases of a tip to partner forces: decisions, the ledger, and a release an analyst of the owning agency asks for. */
@Path("/api/v1/tips/{id}")
@Tag(name = "Releases")
public class ReleaseResource {

    private final ReleaseService releases;
    private final OperationService operations;
    private final TipLinks links;
    private final Caller caller;

    public ReleaseResource(ReleaseService releases, OperationService operations, TipLinks links, Caller caller) {
        this.releases = releases;
        this.operations = operations;
        this.links = links;
        this.caller = caller;
    }

    @GET
    @Path("/releases")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "List the release decisions on a tip", description = "Role analyst of the receiving agency (404 for any "
            + "other). Each time case-service considered telling partner forces about the tip (linked to an operation, "
            + "triaged cross-border FLASH/URGENT, or released by an analyst): the recipients named in the alert request, "
            + "and every refused recipient with its reason, and the recipients' answers to the alert (CONFIRMED, NOT_FOUND, "
            + "FALSE, ACTION_TAKEN, with their note as written). Oldest first; paginated (size at most " + Page.MAX_SIZE + ").")
    public Page<ReleaseView> list(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        owned(id);
        var found = ReleaseDecision.<ReleaseDecision>find("tipId", Sort.by("decidedAt").and("id"), id)
                .page(io.quarkus.panache.common.Page.of(page, size));
        return new Page<>(ReleaseView.of(found.list()), page, size, found.count());
    }

    @POST
    @Path("/releases")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Release a linked tip to an operation's partners", description = "Role analyst of the receiving agency. "
            + "The tip must be linked to the operation. Each partner not yet released to is decided by the release policy "
            + "(handling code, agreement in force); the allowed ones are written in the release ledger and alerted, the "
            + "others are recorded as refused with the reason.")
    @APIResponse(responseCode = "201", description = "Decided; the body lists recipients and refusals (both may be empty)")
    @APIResponse(responseCode = "404", description = "Not the caller's agency's tip, or not linked to an operation the caller sees")
    public Response release(@PathParam("id") UUID id, @NotNull @Valid ReleaseRequests.NewRelease request) {
        TipProjection tip = owned(id);
        JointOperation operation = operations.visible(request.operationId());
        if (!links.isLinked(operation.id, tip.id)) {
            throw ProblemException.notFound("A link of tip " + id + " to operation " + operation.codeName);
        }
        ReleaseDecision decision = releases.onAnalystRelease(tip, operation, caller.subject());
        return Response.status(201).entity(decision == null ? ReleaseView.none(tip, operation) : ReleaseView.of(decision)).build();
    }

    @GET
    @Path("/release-ledger")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Read the release ledger of a tip", description = "Role analyst of the receiving agency (404 for any "
            + "other). Every release (to whom, when, by whom, under which agreement and handling code), narrowing and "
            + "withdrawal, in the order written; paginated (size at most " + Page.MAX_SIZE + ").")
    public Page<LedgerView> ledger(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        owned(id);
        var found = ReleaseEntry.<ReleaseEntry>find("tipId", Sort.by("position"), id).page(io.quarkus.panache.common.Page.of(page, size));
        return new Page<>(found.list().stream().map(LedgerView::of).toList(), page, size, found.count());
    }

    private TipProjection owned(UUID id) {
        TipProjection tip = TipProjection.findById(id);
        if (tip == null || !tip.receivingAgency.equals(caller.agency())) {
            throw ProblemException.notFound("Tip " + id);
        }
        return tip;
    }
}
