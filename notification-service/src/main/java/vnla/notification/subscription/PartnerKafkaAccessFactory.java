package vnla.notification.subscription;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/** Opens {@link PartnerKafkaAccess} as the provisioning principal; a test may replace it (a broker that is down). */
@ApplicationScoped
public class PartnerKafkaAccessFactory {

    private final KafkaProvisioningConfig config;

    public PartnerKafkaAccessFactory(KafkaProvisioningConfig config) {
        this.config = config;
    }

    public PartnerKafkaAccess open() {
        return new PartnerKafkaAccess(clientConfig(), config.timeout().toMillis());
    }

    protected Map<String, Object> clientConfig() {
        Map<String, Object> client = new HashMap<>();
        client.put("bootstrap.servers", config.bootstrapServers());
        client.put("security.protocol", config.securityProtocol());
        client.put("sasl.mechanism", "SCRAM-SHA-512");
        client.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + config.username() + "\" password=\"" + config.password() + "\";");
        config.truststoreLocation().ifPresent(location -> client.put("ssl.truststore.location", location));
        config.truststoreType().ifPresent(type -> client.put("ssl.truststore.type", type));
        int timeout = (int) config.timeout().toMillis();
        client.put("default.api.timeout.ms", timeout);
        client.put("request.timeout.ms", timeout);
        client.put("client.id", "notification-provisioner");
        return client;
    }
}
