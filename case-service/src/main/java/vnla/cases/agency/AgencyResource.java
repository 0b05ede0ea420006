package vnla.cases.agency;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vnla.common.security.KnownAgencies;

/** The agencies operations, agreements and alert requests may name. */
@Path("/api/v1/agencies")
@Tag(name = "Agencies")
public class AgencyResource {

    private final Agencies agencies;

    public AgencyResource(Agencies agencies) {
        this.agencies = agencies;
    }

    @GET
    @Authenticated
    @Operation(summary = "List the agencies", description = "The Vietnamese and Lao agencies of the network, ministry and province tier, "
            + "with their native names and ISO 3166-2 province codes.")
    @APIResponse(responseCode = "200", description = "Every agency of the network, once", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AgencyView.class, maxItems = KnownAgencies.COUNT)))
    public List<AgencyView> list() {
        return agencies.all().stream().map(AgencyView::of).toList();
    }
}
