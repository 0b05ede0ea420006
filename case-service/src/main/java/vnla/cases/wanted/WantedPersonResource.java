package vnla.cases.wanted;

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

/**
 * Wanted persons (đối tượng truy nã): recorded by the issuing agency, shared on purpose with partner agencies of the
 * other country, and their sightings from tips. Any agency the record is not shared with gets 404.
 */
@Path("/api/v1/wanted-persons")
@Tag(name = "Wanted persons", description = "Wanted persons shared with partner forces under an agreement, sightings from tips, handovers at a border gate")
public class WantedPersonResource {

    private final WantedPersonService wanted;
    private final Idempotency idempotency;
    private final Caller caller;

    public WantedPersonResource(WantedPersonService wanted, Idempotency idempotency, Caller caller) {
        this.wanted = wanted;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Record a wanted person", description = "Role analyst of the issuing agency (403 for any other): "
            + "identity (full name, aliases, date of birth, nationality, ID numbers), warrant reference, offence category, "
            + "handling code, optional joint operation the agency is party to. Seen by the issuing agency only until it is "
            + "shared (POST …/shares); a record marked TLP RED or NATIONAL_ONLY is never shared.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the record")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "403", description = "The caller's agency is not the issuing agency")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response record(
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid WantedRequests.NewWantedPerson request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, request, () -> wanted.record(request));
    }

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "List the wanted persons the caller's agency sees", description = "Role analyst. Those the agency "
            + "issued and those shared with it while an agreement with the issuer is in force, newest first. Paginated (size "
            + "at most " + Page.MAX_SIZE + ").")
    public Page<WantedViews.WantedPersonView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return wanted.list(page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Read one wanted person", description = "Role analyst of the issuing agency, or of a partner it is "
            + "shared with while an agreement between the two covering the offence category is in force (404 for any other).")
    public WantedViews.WantedPersonView get(@PathParam("id") UUID id) {
        return wanted.view(wanted.visible(id));
    }

    @POST
    @Path("/{id}/shares")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Share a wanted person with a partner agency", description = "Role analyst of the issuing agency "
            + "(403 for a partner). The partner must be of the other country (400), with a cooperation agreement in force "
            + "covering the offence category (409 otherwise); a record marked TLP RED or NATIONAL_ONLY never leaves the "
            + "issuing agency (409). The partner then sees the record, its sightings, and proposes handovers, while an "
            + "agreement is in force.")
    @APIResponse(responseCode = "201", description = "Shared; the record as the issuing agency reads it")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "403", description = "The caller's agency is not the issuing agency")
    @APIResponse(responseCode = "409", description = "Never shared (TLP RED, NATIONAL_ONLY), already shared, or no agreement in force")
    public Response share(@PathParam("id") UUID id,
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid WantedRequests.NewShare request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, request, () -> wanted.share(id, request));
    }

    @POST
    @Path("/{id}/sightings")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Record a sighting of a wanted person", description = "Role analyst of an agency that sees the record. "
            + "From a tip the caller's agency sees (its own, or released to it; 400 naming tipId otherwise): place (ISO 3166-2 "
            + "province such as LA-CH for Champasak, district, border point), time, note in the language given, byte-exact.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response sighted(@PathParam("id") UUID id,
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid WantedRequests.NewSighting request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, request, () -> wanted.sighted(id, request));
    }

    @GET
    @Path("/{id}/sightings")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "List the sightings of a wanted person", description = "Role analyst of an agency that sees the record. "
            + "Sightings of both sides, oldest first. Paginated (size at most " + Page.MAX_SIZE + ").")
    public Page<WantedViews.SightingView> sightings(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return wanted.sightings(id, page, size);
    }
}
