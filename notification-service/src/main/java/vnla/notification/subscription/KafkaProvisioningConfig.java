package vnla.notification.subscription;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How notification-service reaches the broker as the provisioning principal ({@code notification-provisioner}, kept
 * apart from its messaging principal: see README "Kafka security"), and how its job retries.
 */
@ConfigMapping(prefix = "notification.kafka-provisioning")
public interface KafkaProvisioningConfig {

    String bootstrapServers();

    @WithDefault("SASL_PLAINTEXT")
    String securityProtocol();

    /** PEM or PKCS12 trust store when {@link #securityProtocol()} is SASL_SSL. */
    Optional<String> truststoreLocation();

    Optional<String> truststoreType();

    String username();

    String password();

    /** How often the job looks for credentials to grant or revoke (read by its {@code @Scheduled}). */
    @WithDefault("5s")
    String pollInterval();

    /** Deadline of one Admin API call. */
    @WithDefault("PT15S")
    Duration timeout();

    @WithDefault("PT2S")
    Duration baseDelay();

    @WithDefault("PT5M")
    Duration maxDelay();

    /** How long a rotated-out partner user keeps working next to the new one. */
    @WithDefault("PT24H")
    Duration credentialGrace();
}
