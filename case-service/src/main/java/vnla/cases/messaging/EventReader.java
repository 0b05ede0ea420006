package vnla.cases.messaging;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;

/**
 * Reads incoming CloudEvents for the consumers: a record that is no CloudEvent, or whose data breaks its type's JSON
 * Schema, is refused with the reason, so the failure strategy moves it to the dead-letter topic.
 */
@ApplicationScoped
public class EventReader {

    private final EventCodec codec;
    private final ObjectMapper mapper;

    public EventReader(EventCodec codec, ObjectMapper mapper) {
        this.codec = codec;
        this.mapper = mapper;
    }

    /** The event's type when it is one of the suite's; empty for types this reader does not know. */
    public Optional<EventType> typeOf(CloudEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("The record is not a CloudEvent in Kafka binary mode");
        }
        return EventType.of(event.getType());
    }

    public <T> T read(CloudEvent event, EventType type, Class<T> payloadType) {
        if (event.getData() == null) {
            throw new IllegalArgumentException("Event " + event.getId() + " of type " + type.type() + " has no data");
        }
        JsonNode json;
        try {
            json = mapper.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new IllegalArgumentException("Event " + event.getId() + " of type " + type.type() + " is not JSON", e);
        }
        Set<String> violations = codec.violations(type, json);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("Event " + event.getId() + " of type " + type.type() + " breaks its schema: " + violations);
        }
        return mapper.convertValue(json, payloadType);
    }
}
