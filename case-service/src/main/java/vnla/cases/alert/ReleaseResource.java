package vnla.cases.alert;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import vnla.cases.tip.Tips;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.security.Roles;

/** The release decisions taken on a tip: alert requests emitted and refusals, for the receiving agency. */
@Path("/api/v1/tips/{id}/releases")
@Tag(name = "Alert requests")
public class ReleaseResource {

    private final Tips tips;
    private final Caller caller;

    public ReleaseResource(Tips tips, Caller caller) {
        this.tips = tips;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "List the release decisions on a tip", description = "Each time case-service considered telling partner "
            + "forces about the tip (linked to an operation, or triaged cross-border FLASH/URGENT): the recipients named in "
            + "the alert request, and every refused recipient with its reason. Only the receiving agency sees them.")
    public List<ReleaseView> list(@PathParam("id") UUID id) {
        var tip = tips.visible(id);
        if (!tip.receivingAgency.equals(caller.agency())) {
            throw ProblemException.notFound("Tip " + id);
        }
        return ReleaseDecision.<ReleaseDecision>list("tipId", Sort.by("decidedAt").and("id"), id).stream().map(ReleaseView::of).toList();
    }
}
