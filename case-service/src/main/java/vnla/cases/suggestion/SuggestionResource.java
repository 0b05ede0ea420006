package vnla.cases.suggestion;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import vnla.cases.link.LinkRequests;
import vnla.cases.link.LinkService;
import vnla.common.security.Roles;
import vnla.common.web.Page;

/** Tips that probably belong to a joint operation; analysts accept (link) or reject them. */
@Path("/api/v1/operations/{id}/suggestions")
@Tag(name = "Suggestions")
public class SuggestionResource {

    private final SuggestionService suggestions;
    private final LinkService links;

    public SuggestionResource(SuggestionService suggestions, LinkService links) {
        this.suggestions = suggestions;
        this.links = links;
    }

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Suggest tips for the operation", description = "Unlinked, unrejected, undismissed tips of the "
            + "operation's agencies, best first, each with a score and its reasons: SHARED_PHONE (E.164), SHARED_PLATE, "
            + "SHARED_NAME (names and aliases compared without diacritics and case; Lao script as written), "
            + "SHARED_ID_NUMBER — each shared with a tip already linked — and SAME_AREA, SAME_CATEGORY, WITHIN_PERIOD. "
            + "Computed in the database; paginated (size at most " + Page.MAX_SIZE + ").")
    public Page<SuggestionView> suggest(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return suggestions.suggest(id, page, size);
    }

    @POST
    @Path("/{tipId}/accept")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Accept a suggestion", description = "Links the tip to the operation exactly as POST .../links does, "
            + "marked as coming from a suggestion.")
    @APIResponse(responseCode = "201", description = "Linked; Location names the link")
    public Response accept(@PathParam("id") UUID id, @PathParam("tipId") UUID tipId, @Valid SuggestionRequests.Decision request) {
        var created = links.link(id, new LinkRequests.NewLink(tipId, request == null ? null : request.note()), true);
        return Response.created(created.location()).entity(created.body()).build();
    }

    @POST
    @Path("/{tipId}/reject")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Reject a suggestion", description = "The tip is not suggested for this operation again. Rejecting "
            + "twice changes nothing; rejecting a linked tip is 409.")
    @APIResponse(responseCode = "204", description = "Rejected")
    public void reject(@PathParam("id") UUID id, @PathParam("tipId") UUID tipId, @Valid SuggestionRequests.Decision request) {
        suggestions.reject(id, tipId, request);
    }
}
