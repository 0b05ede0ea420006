package vnla.notification.agency;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.security.KnownAgencies;
import vnla.common.security.Roles;
import vnla.common.web.Versions;

/** The partner agencies and their on-duty contacts per hotline tier. */
@Path("/api/v1/agencies")
@Tag(name = "Agencies")
public class AgencyResource {

    private final AgencyService agencies;

    public AgencyResource(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GET
    @RolesAllowed({ Roles.LIAISON_OFFICER, Roles.ADMIN, Roles.ANALYST, Roles.DUTY_OFFICER })
    @Operation(summary = "List the agencies that can receive alerts",
            description = "The ministries and provincial commands of domain.md, ordered by id.")
    @APIResponse(responseCode = "200", description = "Every agency of the network, once", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AgencyViews.AgencyView.class, maxItems = KnownAgencies.COUNT)))
    public List<AgencyViews.AgencyView> list() {
        return agencies.all().stream().map(AgencyViews.AgencyView::of).toList();
    }

    @GET
    @Path("/{id}/contacts")
    @RolesAllowed({ Roles.LIAISON_OFFICER, Roles.ADMIN })
    @Operation(summary = "Read the agency's on-duty contacts",
            description = "Only the caller's own agency (404 otherwise). The ETag is the list's version, for If-Match on PUT.")
    public Response contacts(@PathParam("id") String id) {
        Agency agency = agencies.own(id);
        return Response.ok(contactList(agency)).tag(Versions.etag(agency.contactsVersion)).build();
    }

    @PUT
    @Path("/{id}/contacts")
    @Transactional
    @RolesAllowed({ Roles.LIAISON_OFFICER, Roles.ADMIN })
    @Operation(summary = "Replace the agency's on-duty contacts",
            description = "The whole list per tier (BORDER_POST, DISTRICT, PROVINCE, MINISTRY); an escalated alert notifies the "
                    + "contacts of the tier it reaches. Own agency only (404 otherwise). Requires If-Match with the list's ETag "
                    + "(412 when stale, 428 when missing).")
    public Response replaceContacts(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AgencyViews.ContactList request) {
        Agency agency = agencies.replaceContacts(id, ifMatch, request);
        return Response.ok(contactList(agency)).tag(Versions.etag(agency.contactsVersion)).build();
    }

    private AgencyViews.ContactList contactList(Agency agency) {
        return new AgencyViews.ContactList(agencies.contacts(agency.id).stream().map(AgencyViews.Contact::of).toList());
    }
}
