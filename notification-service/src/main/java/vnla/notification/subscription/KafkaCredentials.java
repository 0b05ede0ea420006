package vnla.notification.subscription;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vnla.common.crypto.Encryption;

/**
 * New partner SCRAM users for KAFKA subscriptions: a user {@code partner-<agency>-<credential id>} and 32 random bytes
 * as password, sealed at rest like webhook secrets (the credential id as associated data).
 */
@ApplicationScoped
public class KafkaCredentials {

    private static final int PASSWORD_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Encryption encryption;

    public KafkaCredentials(Encryption encryption) {
        this.encryption = encryption;
    }

    /** A credential with its password in clear, for the one answer that shows it. */
    public record Issued(KafkaCredential credential, String password) {
    }

    /** Persists a new GRANTING credential of the subscription, due for the job now. */
    public Issued issue(Subscription s, OffsetDateTime now) {
        byte[] bytes = new byte[PASSWORD_BYTES];
        random.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        KafkaCredential c = new KafkaCredential();
        c.id = UUID.randomUUID();
        c.subscriptionId = s.id;
        c.agencyId = s.agencyId;
        c.username = "partner-" + s.agencyId + "-" + c.id;
        c.sealedPassword = encryption.encrypt(password, c.id.toString());
        c.state = KafkaCredential.GRANTING;
        c.nextAttemptAt = now;
        c.createdAt = now;
        c.persist();
        return new Issued(c, password);
    }

    public String password(KafkaCredential c) {
        return encryption.decrypt(c.sealedPassword, c.id.toString());
    }
}
