package vnla.hotline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import vnla.common.event.EventType;
import vnla.common.event.Topics;
import vnla.testing.SuiteServices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docker-compose.yml cannot run here (no Docker engine), so this checks it matches what the code uses. */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> AGENCIES = List.of("vn.mps", "vn.hue", "vn.sonla", "vn.quangnam", "la.mps", "la.salavan",
            "la.sekong", "la.champasak", "la.savannakhet", "la.houaphanh", "la.luangprabang");

    @Test
    void composeRunsHotlineServiceOnItsPortAgainstItsDatabaseAndBroker() throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        JsonNode services = compose.get("services");
        Properties config = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        String port = config.getProperty("quarkus.http.port");

        assertEquals("8081", port);
        for (String service : List.of("postgres", "kafka", "hotline-service", "case-service", "notification-service")) {
            assertTrue(services.has(service), "compose names " + service);
        }
        JsonNode hotline = services.get("hotline-service");
        assertEquals(port + ":" + port, hotline.get("ports").get(0).asText());
        assertEquals("jdbc:postgresql://postgres:5432/hotline", hotline.at("/environment/QUARKUS_DATASOURCE_JDBC_URL").asText());
        assertEquals("kafka:29092", hotline.at("/environment/KAFKA_BOOTSTRAP_SERVERS").asText());
        assertEquals("5432:5432", services.at("/postgres/ports/0").asText());
        assertEquals("9092:9092", services.at("/kafka/ports/0").asText());
        assertTrue(services.at("/kafka/image").asText().startsWith("apache/kafka:"));
        assertTrue(services.at("/postgres/image").asText().startsWith("postgres:"));
    }

    /** stack/services is the one list: ./suite and the system tests read it; compose and each service must agree. */
    @Test
    void composeAndEveryServiceAgreeWithTheSuitesListOfServices() throws IOException {
        JsonNode services = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile()).get("services");
        List<SuiteServices.Service> listed = SuiteServices.read(ROOT);
        assertEquals(List.of("hotline-service", "case-service", "notification-service"), listed.stream().map(SuiteServices.Service::name).toList());
        for (SuiteServices.Service service : listed) {
            Properties config = new Properties();
            try (var in = Files.newBufferedReader(ROOT.resolve(service.name() + "/src/main/resources/application.properties"))) {
                config.load(in);
            }
            assertEquals(Integer.toString(service.port()), config.getProperty("quarkus.http.port"), service.name());
            assertEquals(Integer.toString(service.managementPort()), config.getProperty("quarkus.management.port"), service.name());
            assertTrue(config.getProperty("quarkus.datasource.jdbc.url").endsWith("/" + service.database()), service.name());
            assertEquals(service.database(), config.getProperty("quarkus.datasource.username"), service.name());
            JsonNode compose = services.get(service.name());
            assertEquals(service.port() + ":" + service.port(), compose.at("/ports/0").asText(), service.name());
            assertEquals("127.0.0.1:" + service.managementPort() + ":" + service.managementPort(), compose.at("/ports/1").asText(), service.name());
            assertEquals("jdbc:postgresql://postgres:5432/" + service.database(), compose.at("/environment/QUARKUS_DATASOURCE_JDBC_URL").asText(),
                    service.name());
        }
    }

    @Test
    void composeAndTheSuiteStartEveryServiceWithTheSameJvmSettings() throws IOException {
        JsonNode services = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile()).get("services");
        String dockerfile = Files.readString(ROOT.resolve("stack/docker/Dockerfile.jvm"));
        for (String service : List.of("hotline-service", "case-service", "notification-service")) {
            JsonNode build = services.get(service).get("build");
            assertEquals(".", build.get("context").asText(), service);
            assertEquals("stack/docker/Dockerfile.jvm", build.get("dockerfile").asText(), service);
            assertEquals(service, build.at("/args/SERVICE").asText());
            String port = services.get(service).at("/environment/QUARKUS_HTTP_PORT").asText();
            assertEquals(port, build.at("/args/PORT").asText(), service);
        }
        assertTrue(dockerfile.contains("COPY --chown=185 stack/jvm.options /deployments/jvm.options"), dockerfile);
        assertTrue(Pattern.compile("ENV JAVA_OPTS_APPEND=\"@/deployments/jvm.options ").matcher(dockerfile).find(), dockerfile);
        assertTrue(Files.readString(ROOT.resolve("suite")).contains("\"$JAVA\" @\"$ROOT/stack/jvm.options\""), "./suite run uses the file");
        List<String> options = Files.readAllLines(ROOT.resolve("stack/jvm.options")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertTrue(options.contains("-Xmx256m"), options.toString());
        assertTrue(options.stream().allMatch(line -> line.startsWith("-") && !line.contains(" ")), "one option per line: " + options);
        String ignored = Files.readString(ROOT.resolve(".dockerignore"));
        assertTrue(ignored.contains("!stack/jvm.options") && ignored.contains("!hotline-service/target/quarkus-app"), ignored);
    }

    @Test
    void composeGivesEveryServiceItsKeysAudienceAndManagementPortAndChecksHealthThere() throws IOException {
        JsonNode services = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile()).get("services");
        for (String service : List.of("hotline-service", "case-service", "notification-service")) {
            JsonNode compose = services.get(service);
            Properties config = new Properties();
            try (var in = Files.newBufferedReader(ROOT.resolve(service + "/src/main/resources/application.properties"))) {
                config.load(in);
            }
            String management = config.getProperty("quarkus.management.port");
            assertEquals(management, compose.at("/environment/QUARKUS_MANAGEMENT_PORT").asText(), service);
            assertEquals("127.0.0.1:" + management + ":" + management, compose.at("/ports/1").asText(), service);
            assertTrue(compose.at("/healthcheck/test/1").asText().contains("/dev/tcp/127.0.0.1/" + management), service);
            assertTrue(compose.at("/healthcheck/test/1").asText().contains("/q/health/ready"), service);
            assertEquals("hotline-suite", compose.at("/environment/JWT_AUDIENCES").asText(), service);
            assertEquals("https://hotline.dev", compose.at("/environment/JWT_ISSUER").asText(), service);
            String key = compose.at("/environment/JWT_PUBLIC_KEYS").asText();
            String mount = compose.at("/volumes/0").asText();
            assertTrue(mount.endsWith(":" + key + ":ro"), service);
            assertTrue(Files.exists(ROOT.resolve(mount.substring(0, mount.indexOf(':')))), mount);
            assertTrue(compose.at("/environment/QUARKUS_DATASOURCE_PASSWORD").isTextual(), service);
        }
    }

    @Test
    void everyTopicTheCodeUsesIsCreatedLocallyAndInCompose() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        List<String> created = Files.readAllLines(ROOT.resolve("stack/kafka/topics.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

        assertTrue(compose.contains("stack/kafka/topics.txt"), "compose creates the topics of stack/kafka/topics.txt");
        Stream.of(EventType.values()).map(EventType::topic).distinct().forEach(topic -> {
            assertTrue(created.contains(topic), topic);
            assertTrue(created.contains(topic + Topics.DEAD_LETTER_SUFFIX), topic + Topics.DEAD_LETTER_SUFFIX);
        });
        AGENCIES.forEach(agency -> assertTrue(created.contains(Topics.partnerAlerts(agency)), Topics.partnerAlerts(agency)));
    }

    /** The security settings that make the broker the secured one; compose and ./suite must agree on every one. */
    private static final List<String> SECURITY_KEYS = List.of("sasl.enabled.mechanisms", "sasl.mechanism.inter.broker.protocol",
            "sasl.mechanism.controller.protocol", "authorizer.class.name", "super.users", "allow.everyone.if.no.acl.found",
            "auto.create.topics.enable", "ssl.client.auth", "listener.name.controller.sasl.enabled.mechanisms",
            "listener.name.partner.ssl.keystore.type");

    @Test
    void composeRunsTheSameSecuredBrokerAsTheSuite() throws IOException {
        JsonNode services = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile()).get("services");
        String script = services.at("/kafka/command/0").asText();
        Map<String, String> compose = properties(between(script, "cat >/tmp/server.properties <<EOF\n", "\nEOF\n"));
        Map<String, String> suite = properties(Files.readString(ROOT.resolve("stack/kafka/server.properties")));
        for (String key : SECURITY_KEYS) {
            assertTrue(suite.containsKey(key), "stack/kafka/server.properties sets " + key);
            assertEquals(suite.get(key), compose.get(key), key);
        }
        assertEquals("org.apache.kafka.metadata.authorizer.StandardAuthorizer", compose.get("authorizer.class.name"));
        assertEquals("false", compose.get("allow.everyone.if.no.acl.found"));
        assertEquals("false", compose.get("auto.create.topics.enable"));
        assertEquals("SCRAM-SHA-512", compose.get("sasl.enabled.mechanisms"));
        // every listener authenticates; partners' over TLS
        Map<String, String> protocols = new LinkedHashMap<>();
        for (String entry : compose.get("listener.security.protocol.map").split(",")) {
            protocols.put(entry.split(":")[0], entry.split(":")[1]);
        }
        protocols.forEach((listener, protocol) -> assertTrue(protocol.startsWith("SASL_"), listener + " is " + protocol));
        assertEquals("SASL_SSL", protocols.get("PARTNER"));
        assertTrue(compose.get("listeners").contains("PARTNER://:9094"));
        assertTrue(compose.get("advertised.listeners").contains("PARTNER://localhost:9094"));
        assertTrue(compose.get("advertised.listeners").contains("INTERNAL://kafka:29092"));
        assertEquals("9094:9094", services.at("/kafka/ports/1").asText());
        assertTrue(script.contains("--add-scram \"SCRAM-SHA-512=[name=admin,"), "the super-user is created at format time");
        assertTrue(services.at("/kafka/environment/ADMIN_PASSWORD").asText().startsWith("${KAFKA_ADMIN_PASSWORD:?"),
                "no committed password");
        assertTrue(services.at("/kafka/healthcheck/test/1").asText().contains("--command-config"));
        assertFalse(Files.readString(ROOT.resolve("docker-compose.yml")).contains("AUTO_CREATE_TOPICS_ENABLE"));
        assertTrue(services.at("/kafka-topics/command/0").asText().contains("--command-config /tmp/admin.properties"));
    }

    @Test
    void composeAppliesTheAclsFileAndGivesEveryServiceItsOwnPrincipal() throws IOException {
        JsonNode services = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile()).get("services");
        Set<String> principals = new TreeSet<>();
        for (String line : Files.readAllLines(ROOT.resolve("stack/kafka/acls.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                principals.add(line.strip().split("\\s+")[0]);
            }
        }
        JsonNode acls = services.get("kafka-acls");
        assertTrue(acls.at("/volumes/0").asText().startsWith("./stack/kafka/acls.txt:"), "kafka-acls applies stack/kafka/acls.txt");
        assertTrue(acls.at("/command/0").asText().contains("kafka-acls.sh"));
        assertTrue(acls.at("/command/0").asText().contains("--entity-type users"));
        for (String principal : principals) {
            String variable = envName(principal);
            assertTrue(acls.at("/environment/" + variable).asText().startsWith("${" + variable + ":?"), variable);
        }
        for (String service : List.of("hotline-service", "case-service", "notification-service")) {
            JsonNode compose = services.get(service);
            assertEquals(service, compose.at("/environment/KAFKA_SASL_USERNAME").asText(), service);
            assertTrue(principals.contains(service), service + " has ACLs");
            assertTrue(compose.at("/environment/KAFKA_SASL_PASSWORD").asText().startsWith("${" + envName(service) + ":?"), service);
            assertEquals("service_completed_successfully", compose.at("/depends_on/kafka-acls/condition").asText(), service);
        }
        JsonNode notification = services.get("notification-service");
        assertEquals("notification-provisioner", notification.at("/environment/KAFKA_PROVISIONING_USERNAME").asText());
        assertTrue(notification.at("/environment/KAFKA_PROVISIONING_PASSWORD").asText()
                .startsWith("${" + envName("notification-provisioner") + ":?"));
        // ./suite keys writes exactly these variables
        String suite = Files.readString(ROOT.resolve("suite"));
        assertTrue(suite.contains("tr 'a-z-' 'A-Z_')_KAFKA_PASSWORD=") && suite.contains("compose.env"));
        assertTrue(services.at("/kafka/volumes/0").asText().startsWith("./.suite/kafka/tls/broker.p12:"));
    }

    private static String envName(String principal) {
        return principal.toUpperCase().replace('-', '_') + "_KAFKA_PASSWORD";
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "no " + start.strip());
        int to = text.indexOf(end, from + start.length());
        return text.substring(from + start.length(), to);
    }

    private static Map<String, String> properties(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^([a-z0-9.-]+)=(.*)$").matcher(text);
        while (m.find()) {
            result.put(m.group(1), m.group(2).strip());
        }
        return result;
    }
}
