package vnla.common.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/asyncapi.yaml describes exactly the topics, CloudEvents types and schemas the code publishes. */
class AsyncApiContractTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyEventTypeHasItsMessageOnItsTopicWithItsSchema() throws IOException {
        JsonNode asyncApi = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docs/asyncapi.yaml").toFile());
        JsonNode schemas = new ObjectMapper().readTree(ROOT.resolve("common/src/main/resources/schemas/events.schema.json").toFile());

        assertEquals("3.0.0", asyncApi.path("asyncapi").asText());
        for (EventType type : EventType.values()) {
            JsonNode message = messageNamed(asyncApi, type.type());
            String ref = message.at("/payload/schema/$ref").asText();
            assertTrue(ref.endsWith("events.schema.json#/$defs/" + type.schemaDefinition()), type + " → " + ref);
            assertTrue(schemas.at("/$defs/" + type.schemaDefinition()).isObject(), type.schemaDefinition() + " is defined");
            assertTrue(channelAddressesOf(asyncApi, message).contains(type.topic()), type + " is on " + type.topic());
        }
    }

    @Test
    void partnerAlertTopicIsDescribedWithTheNotificationServicesSchema() throws IOException {
        JsonNode asyncApi = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docs/asyncapi.yaml").toFile());
        for (String type : List.of("notifications.alert.issued", "notifications.verification.message-issued")) {
            JsonNode message = messageNamed(asyncApi, type);

            assertEquals(List.of(Topics.partnerAlerts("{agencyId}")), channelAddressesOf(asyncApi, message), type);
            Path schema = ROOT.resolve("docs").resolve(message.at("/payload/schema/$ref").asText()).normalize();
            assertTrue(Files.exists(schema), schema.toString());
        }
        assertTrue(asyncApi.at("/components/messageTraits/cloudEvent/headers/required").toString().contains("ce_id"));
    }

    private static JsonNode messageNamed(JsonNode asyncApi, String name) {
        var messages = asyncApi.path("components").path("messages");
        for (var it = messages.fields(); it.hasNext();) {
            var entry = it.next();
            if (name.equals(entry.getValue().path("name").asText())) {
                return entry.getValue();
            }
        }
        throw new AssertionError("no message named " + name + " in docs/asyncapi.yaml");
    }

    private static List<String> channelAddressesOf(JsonNode asyncApi, JsonNode message) {
        List<String> addresses = new ArrayList<>();
        for (var channels = asyncApi.path("channels").fields(); channels.hasNext();) {
            JsonNode channel = channels.next().getValue();
            for (var refs = channel.path("messages").elements(); refs.hasNext();) {
                String ref = refs.next().path("$ref").asText();
                String key = ref.substring(ref.lastIndexOf('/') + 1);
                if (asyncApi.path("components").path("messages").path(key) == message) {
                    addresses.add(channel.path("address").asText());
                }
            }
        }
        return addresses;
    }
}
