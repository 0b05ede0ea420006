package vnla.hotline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import vnla.common.event.EventType;
import vnla.common.event.Topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
