package vnla.cases.result;

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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.idempotency.Idempotency;
import vnla.common.security.Caller;
import vnla.common.security.Roles;
import vnla.common.web.Page;

/** Seizures and arrests of a joint operation. */
@Path("/api/v1/operations/{id}/results")
@Tag(name = "Results")
public class ResultResource {

    private final ResultService results;
    private final Idempotency idempotency;
    private final Caller caller;

    public ResultResource(ResultService results, Idempotency idempotency, Caller caller) {
        this.results = results;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Record results", description = "Drugs seized (type, quantity, unit TABLET, GRAM or KILOGRAM), weapons "
            + "(pieces), ammunition (rounds), suspects arrested and cases opened, with the date and place. Counted by "
            + "GET /api/v1/statistics.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the result")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    public Response record(@PathParam("id") UUID id,
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid ResultRequests.NewResult request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, new Object[] { id, request },
                () -> results.record(id, request));
    }

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "List the operation's results", description = "Oldest first; paginated (size at most " + Page.MAX_SIZE + ").")
    public Page<ResultView> list(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return results.list(id, page, size);
    }
}
