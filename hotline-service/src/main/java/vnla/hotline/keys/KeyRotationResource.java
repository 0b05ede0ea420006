package vnla.hotline.keys;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vnla.common.crypto.KeyRing;
import vnla.common.idempotency.Idempotency;
import vnla.common.security.Roles;
import vnla.hotline.reporter.ReporterSealing;

/** After an operator rotated the keyset (Keysets rotate FILE): loads it and re-encrypts every sealed row under the new primary key. */
@Path("/api/v1/admin/key-rotations")
@Tag(name = "Administration")
public class KeyRotationResource {

    private final KeyRing keyRing;
    private final ReporterSealing reporters;
    private final Idempotency idempotency;

    public KeyRotationResource(KeyRing keyRing, ReporterSealing reporters, Idempotency idempotency) {
        this.keyRing = keyRing;
        this.reporters = reporters;
        this.idempotency = idempotency;
    }

    /** What a re-encryption did. */
    public record KeyRotation(String primaryKeyId, long reporters, long idempotencyReplays) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Re-encrypt stored secrets under the current primary key", description = "Role admin. Reads the "
            + "configured keyset file again (suite.crypto.keyset-file, rotated with `Keysets rotate FILE`), then re-encrypts "
            + "reporter identities and stored idempotent answers made by older keys, in batches. Older keys keep decrypting "
            + "until they are removed from the keyset. Idempotent: a second call re-encrypts nothing.")
    public KeyRotation rotate() {
        keyRing.reload();
        long reporterRows = 0;
        long replayRows = 0;
        int batch;
        while ((batch = QuarkusTransaction.requiringNew().call(reporters::reencryptBatch)) > 0) {
            reporterRows += batch;
        }
        while ((batch = QuarkusTransaction.requiringNew().call(() -> idempotency.reencrypt(200))) > 0) {
            replayRows += batch;
        }
        return new KeyRotation(Long.toString(keyRing.primaryKeyId()), reporterRows, replayRows);
    }
}
