package vnla.cases.victim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.audit.HashChain;
import vnla.common.security.Roles;

/** Checks the victim disclosure audit's hash chain: intact, or the first row that was altered, removed or reordered. */
@Path("/api/v1/admin/audit/victim-disclosures/verification")
@Tag(name = "Administration")
public class VictimAuditVerificationResource {

    private final VictimAudit audit;

    public VictimAuditVerificationResource(VictimAudit audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Verify the victim disclosure audit", description = "Role admin. Recomputes every row's SHA-256 over its "
            + "content and its predecessor's hash, and checks positions are contiguous. Reports the first broken row's "
            + "position and id.")
    public HashChain.Verification verify() {
        return audit.verify();
    }
}
