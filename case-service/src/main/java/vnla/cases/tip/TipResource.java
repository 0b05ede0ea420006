package vnla.cases.tip;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.security.Roles;

/** The tips case-service knows from hotline-service's events. */
@Path("/api/v1/tips")
@Tag(name = "Tips")
public class TipResource {

    private final Tips tips;

    public TipResource(Tips tips) {
        this.tips = tips;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Read a projected tip", description = "As case-service knows it from hotline.tips.v1, with its "
            + "normalised phone numbers, plates and ID numbers. Visible to the receiving agency and to the parties of an "
            + "operation it is linked to; 404 otherwise, and 404 while its event has not arrived yet.")
    public TipView get(@PathParam("id") UUID id) {
        return tips.view(tips.visible(id));
    }
}
