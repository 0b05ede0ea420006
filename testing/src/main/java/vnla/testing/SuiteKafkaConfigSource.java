package vnla.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands the services under test the passwords of {@link SuiteKafka}'s credentials file,
 * {@code suite.kafka.credentials.<principal>} (the broker is the test run's own: {@link TestStack}). Below application.properties, system
 * properties and the environment, so anything set explicitly wins. Test scope only: no service jar contains it.
 */
public final class SuiteKafkaConfigSource implements ConfigSource {

    private final Map<String, String> properties = new HashMap<>();

    public SuiteKafkaConfigSource() {
        SuiteKafka.entries().forEach((key, value) -> {
            String name = key.toString();
            if (name.endsWith(".password")) {
                properties.put("suite.kafka.credentials." + name.substring(0, name.length() - ".password".length()), value.toString());
            }
        });
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "suite-kafka-credentials";
    }

    @Override
    public int getOrdinal() {
        return 200;
    }
}
