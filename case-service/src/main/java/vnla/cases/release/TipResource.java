package vnla.cases.release;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.security.Roles;

/** The tips case-service knows from hotline-service's events, as the release policy lets the caller see them. */
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
    @Operation(summary = "Read a projected tip", description = "Role analyst. As case-service knows it from hotline.tips.v1, "
            + "with its normalised phone numbers, plates and ID numbers, through the release policy: the receiving agency "
            + "sees everything; another agency sees what was released to it while the release holds (agreement in force, "
            + "handling code still allowing it; persons' names, phones and ID numbers only where releasability allows), "
            + "or, for a tip linked to an operation it is party to, a withheld placeholder with the reason. 404 otherwise, "
            + "and 404 while its event has not arrived yet.")
    public TipView get(@PathParam("id") UUID id) {
        return tips.view(tips.visible(id));
    }
}
