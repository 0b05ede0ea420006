package vnla.common.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.cloudevents.CloudEvent;

/** Turns event payload records into JSON validated against their schema, and CloudEvents data back into records. */
@ApplicationScoped
public class EventCodec {

    static final String SCHEMA_LOCATION = "classpath:schemas/events.schema.json#/$defs/";

    private final ObjectMapper mapper;
    private final Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        for (EventType type : EventType.values()) {
            schemas.put(type, factory.getSchema(SchemaLocation.of(SCHEMA_LOCATION + type.schemaDefinition()), config));
        }
    }

    /** The payload as JSON bytes; throws if it breaks its event type's JSON Schema. */
    public byte[] encode(EventType type, Record payload) {
        JsonNode json = mapper.valueToTree(payload);
        Set<String> violations = violations(type, json);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(type.type() + " breaks its schema: " + violations);
        }
        try {
            return mapper.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Schema violations of a JSON payload, empty when it is valid. */
    public Set<String> violations(EventType type, JsonNode json) {
        return schemas.get(type).validate(json).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    /**
     * The payload of an incoming event of a known type, validated against its schema; throws
     * {@link IllegalArgumentException} with the reason when the data is missing, not JSON, or breaks the schema.
     */
    public Record read(CloudEvent event, EventType type) {
        if (event.getData() == null) {
            throw new IllegalArgumentException("event " + event.getId() + " of type " + type.type() + " has no data");
        }
        JsonNode json;
        try {
            json = mapper.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new IllegalArgumentException("event " + event.getId() + " of type " + type.type() + " is not JSON", e);
        }
        Set<String> violations = violations(type, json);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("event " + event.getId() + " of type " + type.type() + " breaks its schema: " + violations);
        }
        return mapper.convertValue(json, type.payload());
    }

    public <T> T decode(CloudEvent event, Class<T> payloadType) {
        try {
            return mapper.readValue(event.getData().toBytes(), payloadType);
        } catch (IOException e) {
            throw new IllegalArgumentException("event " + event.getId() + " of type " + event.getType() + " has unreadable data", e);
        }
    }
}
