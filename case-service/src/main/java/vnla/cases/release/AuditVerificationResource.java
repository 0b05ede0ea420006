package vnla.cases.release;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.audit.HashChain;
import vnla.common.security.Roles;

/** Checks the release ledger's hash chain: intact, or the first line that was altered, removed or reordered. */
@Path("/api/v1/admin/audit/verification")
@Tag(name = "Administration")
public class AuditVerificationResource {

    private final ReleaseLedger ledger;

    public AuditVerificationResource(ReleaseLedger ledger) {
        this.ledger = ledger;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Verify the release ledger", description = "Role admin. Recomputes every line's SHA-256 over its content "
            + "and its predecessor's hash, and checks positions are contiguous. Reports the first broken line's position and id.")
    public HashChain.Verification verify() {
        return ledger.verify();
    }
}
