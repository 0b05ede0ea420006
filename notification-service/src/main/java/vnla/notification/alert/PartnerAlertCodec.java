package vnla.notification.alert;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Turns a {@link PartnerAlert} into the JSON partners receive, validated against {@code schemas/partner-alert.schema.json}
 * (which, among other things, refuses TLP RED and NATIONAL_ONLY: a last line of defence).
 */
@ApplicationScoped
public class PartnerAlertCodec {

    static final String SCHEMA = "classpath:schemas/partner-alert.schema.json";

    private final ObjectMapper mapper;
    private final JsonSchema schema;

    public PartnerAlertCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SchemaLocation.of(SCHEMA), config);
    }

    /** The alert as JSON text (Kafka value); throws if it breaks the schema. */
    public String encode(PartnerAlert alert) {
        return write(valid(alert));
    }

    /** A Standard Webhooks payload: {@code {"type", "timestamp", "data"}} with the alert as data. */
    public String webhookPayload(PartnerAlert alert) {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("type", alert.type());
        payload.put("timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
        payload.set("data", valid(alert));
        return write(payload);
    }

    /** Schema violations of a JSON alert, empty when it is valid. */
    public Set<String> violations(JsonNode json) {
        return schema.validate(json).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    private JsonNode valid(PartnerAlert alert) {
        JsonNode json = mapper.valueToTree(alert);
        Set<String> violations = violations(json);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(alert.type() + " breaks its schema: " + violations);
        }
        return json;
    }

    private String write(JsonNode json) {
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
