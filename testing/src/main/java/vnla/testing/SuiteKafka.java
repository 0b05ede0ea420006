package vnla.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The suite's broker as tests, system tests and benchmarks reach it: its address and the SCRAM users' passwords that
 * {@code ./suite up} generated into {@code .suite/kafka/credentials.properties}. The file is found through
 * {@code -Dsuite.kafka.credentials}, {@code SUITE_KAFKA_CREDENTIALS} (set by {@code ./suite test}), or by looking for
 * {@code .suite/kafka/credentials.properties} in the working directory and its parents.
 * <p>
 * Test clients connect as the super-user {@code admin}: watching every topic and forging any service's events is what
 * the tests are for, and a "tests" principal allowed all of that would be the super-user in all but name. The services
 * under test connect as their own principals (see each service's {@code %test} Kafka settings), so the ACLs of
 * {@code stack/kafka/acls.txt} hold in the module tests too.
 */
public final class SuiteKafka {

    public static final String ADMIN = "admin";
    /** System property with the loopback listener of the broker a test run started (else the file's). */
    public static final String BOOTSTRAP = "suite.kafka.bootstrap-servers";
    /** System property with the partner listener of the broker a test run started (else the file's). */
    public static final String PARTNER_BOOTSTRAP = "suite.kafka.partner-bootstrap-servers";
    private static final String FILE = ".suite/kafka/credentials.properties";
    private static Properties file;

    private SuiteKafka() {
    }

    /** Loopback SASL_PLAINTEXT listener: the suite's own clients. */
    public static String bootstrap() {
        String explicit = System.getProperty(BOOTSTRAP, System.getProperty("kafka.bootstrap.servers"));
        return explicit != null ? explicit : file().getProperty("bootstrap.servers", "127.0.0.1:9092");
    }

    /** SASL_SSL listener: partners. */
    public static String partnerBootstrap() {
        String explicit = System.getProperty(PARTNER_BOOTSTRAP);
        return explicit != null ? explicit : file().getProperty("partner.bootstrap.servers", "127.0.0.1:9094");
    }

    /** The credentials file itself (the broker of a test run applies its users' passwords from it). */
    public static Path credentialsFile() {
        Path path = location();
        if (path == null || !Files.isReadable(path)) {
            throw new IllegalStateException("no .suite/kafka/credentials.properties here or above (run ./suite up once)");
        }
        return path;
    }

    /** Where the dev CA and the broker's keystore are. */
    public static Path tlsDirectory() {
        return Path.of(file().getProperty("ca.certificate", ".suite/kafka/tls/ca.crt")).getParent();
    }

    /** A principal's password from the credentials file. */
    public static String password(String principal) {
        String password = file().getProperty(principal + ".password");
        if (password == null) {
            throw new IllegalStateException("no password for Kafka principal " + principal + " in " + location()
                    + " (run ./suite up)");
        }
        return password;
    }

    /** Client settings of the super-user, for test helpers. */
    public static Map<String, Object> adminConfig() {
        return clientConfig(ADMIN, password(ADMIN));
    }

    /** Client settings for one user on the loopback SASL_PLAINTEXT listener. */
    public static Map<String, Object> clientConfig(String username, String password) {
        Map<String, Object> config = sasl(username, password);
        config.put("bootstrap.servers", bootstrap());
        config.put("security.protocol", "SASL_PLAINTEXT");
        return config;
    }

    /** Client settings for one user on the partner listener: SASL_SSL, trusting the suite's CA. */
    public static Map<String, Object> partnerConfig(String username, String password) {
        Map<String, Object> config = sasl(username, password);
        config.put("bootstrap.servers", partnerBootstrap());
        config.put("security.protocol", "SASL_SSL");
        config.put("ssl.truststore.type", "PEM");
        config.put("ssl.truststore.location", file().getProperty("ca.certificate"));
        return config;
    }

    /** Every entry of the credentials file, for the config source the services under test read. */
    static Properties entries() {
        return file();
    }

    private static Map<String, Object> sasl(String username, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put("sasl.mechanism", "SCRAM-SHA-512");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + username + "\" password=\"" + password + "\";");
        return config;
    }

    private static synchronized Properties file() {
        if (file == null) {
            Properties loaded = new Properties();
            Path path = location();
            if (path != null && Files.isReadable(path)) {
                try (Reader in = Files.newBufferedReader(path)) {
                    loaded.load(in);
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read " + path, e);
                }
            }
            file = loaded;
        }
        return file;
    }

    private static Path location() {
        String explicit = System.getProperty("suite.kafka.credentials", System.getenv("SUITE_KAFKA_CREDENTIALS"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(FILE))) {
                return dir.resolve(FILE);
            }
        }
        return null;
    }
}
