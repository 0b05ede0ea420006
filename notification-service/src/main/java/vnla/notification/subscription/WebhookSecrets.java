package vnla.notification.subscription;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

/** Generates Standard Webhooks signing secrets: {@code whsec_} + base64 of 32 random bytes. */
@ApplicationScoped
public class WebhookSecrets {

    public static final String PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    public String newSecret() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }
}
