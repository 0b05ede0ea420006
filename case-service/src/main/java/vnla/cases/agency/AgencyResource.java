package vnla.cases.agency;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

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
    public List<AgencyView> list() {
        return agencies.all().stream().map(AgencyView::of).toList();
    }
}
