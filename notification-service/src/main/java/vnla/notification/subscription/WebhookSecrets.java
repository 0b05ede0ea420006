package vnla.notification.subscription;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vnla.common.crypto.Encryption;

/**
 * Standard Webhooks signing secrets: generates them ({@code whsec_} + base64 of 32 random bytes) and keeps them sealed
 * at rest with the suite's AEAD key, the subscription id as associated data, so a ciphertext moved to another
 * subscription does not open.
 */
@ApplicationScoped
public class WebhookSecrets {

    public static final String PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Encryption encryption;

    public WebhookSecrets(Encryption encryption) {
        this.encryption = encryption;
    }

    public String newSecret() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    public byte[] seal(UUID subscriptionId, String secret) {
        return encryption.encrypt(secret, subscriptionId.toString());
    }

    /** The secrets a call is signed with now: the current one, and the previous one during its grace period. */
    public List<String> signingSecrets(Subscription s, OffsetDateTime now) {
        String current = encryption.decrypt(s.sealedSecret, s.id.toString());
        return s.sealedPreviousSecret != null && s.previousSecretUntil != null && now.isBefore(s.previousSecretUntil)
                ? List.of(current, encryption.decrypt(s.sealedPreviousSecret, s.id.toString()))
                : List.of(current);
    }
}
