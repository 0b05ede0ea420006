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

/** Cooperation agreements: a party's administrator proposes, the other party's countersigns; parties and their ministries read. */
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
    @Operation(summary = "Propose a cooperation agreement", description = "Role admin, of one of the two parties (403 otherwise). "
            + "Starts PROPOSED: nothing flows until an admin of the other party countersigns it. In force from validFrom "
            + "(inclusive) to validTo (exclusive, optional), for the categories named (all when none).")
    @APIResponse(responseCode = "201", description = "Proposed; Location names the agreement")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "403", description = "The caller's agency is not one of the two parties")
    public Response propose(
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid AgreementRequests.NewAgreement request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, request, () -> agreements.propose(request));
    }

    @POST
    @Path("/{id}/countersignature")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Countersign a proposed agreement", description = "Role admin, of the party that did not propose it. "
            + "From now on, within its validity, the agreement is in force.")
    @APIResponse(responseCode = "200", description = "SIGNED")
    @APIResponse(responseCode = "404", description = "No such agreement, or the caller's agency is not a party")
    @APIResponse(responseCode = "409", description = "Not PROPOSED, or the caller's agency proposed it")
    public AgreementView countersign(@PathParam("id") UUID id) {
        return agreements.countersign(id);
    }

    @POST
    @Path("/{id}/suspension")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Suspend an agreement with immediate effect", description = "Role admin, of either party. Nothing more "
            + "flows, and every release made under it is recalled (partners are sent a CAP Cancel).")
    @APIResponse(responseCode = "200", description = "SUSPENDED")
    @APIResponse(responseCode = "409", description = "Not SIGNED")
    public AgreementView suspend(@PathParam("id") UUID id, @NotNull @Valid AgreementRequests.StatusChange request) {
        return agreements.suspend(id, request);
    }

    @POST
    @Path("/{id}/resumption")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Resume a suspended agreement", description = "Role admin, of the party that suspended it. Releases "
            + "recalled by the suspension stay recalled until their owner releases them again.")
    @APIResponse(responseCode = "200", description = "SIGNED again")
    @APIResponse(responseCode = "409", description = "Not SUSPENDED, or suspended by the other party")
    public AgreementView resume(@PathParam("id") UUID id, @NotNull @Valid AgreementRequests.StatusChange request) {
        return agreements.resume(id, request);
    }

    @POST
    @Path("/{id}/termination")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Terminate an agreement with immediate effect", description = "Role admin, of either party. Final: "
            + "nothing more flows, and every release made under it is recalled (partners are sent a CAP Cancel).")
    @APIResponse(responseCode = "200", description = "TERMINATED")
    @APIResponse(responseCode = "409", description = "Already TERMINATED")
    public AgreementView terminate(@PathParam("id") UUID id, @NotNull @Valid AgreementRequests.StatusChange request) {
        return agreements.terminate(id, request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST })
    @Operation(summary = "Read one agreement", description = "Roles admin and analyst of a party, and of the ministry tier of a "
            + "party's country (read-only); 404 for anyone else. With whether it is in force now.")
    @APIResponse(responseCode = "404", description = "No such agreement, or not one the caller may read")
    public AgreementView get(@PathParam("id") UUID id) {
        return agreements.find(id);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST })
    @Operation(summary = "List the agreements the caller may read", description = "Its own agency's; for the ministry tier, those "
            + "of its country. Optionally only those an agency is party to; paginated (size at most " + Page.MAX_SIZE + ").")
    public Page<AgreementView> list(
            @QueryParam("agency") @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE) String agency,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return agreements.list(agency, page, size);
    }
}
