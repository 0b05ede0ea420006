package vnla.cases.agreement;

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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.idempotency.Idempotency;
import vnla.common.security.Caller;
import vnla.common.security.Roles;
import vnla.common.web.Page;

/** Cooperation agreements: administrators record them; analysts read them. */
@Path("/api/v1/agreements")
@Tag(name = "Agreements")
public class AgreementResource {

    private final AgreementService agreements;
    private final Idempotency idempotency;
    private final Caller caller;

    public AgreementResource(AgreementService agreements, Idempotency idempotency, Caller caller) {
        this.agreements = agreements;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a cooperation agreement", description = "Between two agencies, in force from validFrom "
            + "(inclusive) to validTo (exclusive, optional). Information is released to a partner only while an "
            + "agreement between the sender and that partner is in force.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the agreement")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    public Response record(
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid AgreementRequests.NewAgreement request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, request, () -> agreements.record(request));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST })
    @Operation(summary = "Read one agreement", description = "With whether it is in force now.")
    public AgreementView get(@PathParam("id") UUID id) {
        return agreements.find(id);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST })
    @Operation(summary = "List agreements", description = "Optionally only those an agency is party to; paginated (size at most "
            + Page.MAX_SIZE + ").")
    public Page<AgreementView> list(
            @QueryParam("agency") @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE) String agency,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return agreements.list(agency, page, size);
    }
}
