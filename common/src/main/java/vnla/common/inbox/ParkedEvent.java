package vnla.common.inbox;

import java.net.URI;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event kept until the earlier event of its aggregate it follows has been applied; see {@link ParkedEvents}. */
@Entity
@Table(name = "parked_event")
public class ParkedEvent extends PanacheEntityBase {

    /** Arrival order: parked events of one aggregate are applied in it. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    public String consumer;

    @Column(name = "aggregate_id")
    public String aggregateId;

    @Column(name = "event_id")
    public String eventId;

    public String type;

    public String source;

    public String subject;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public byte[] data;

    @Column(name = "parked_at")
    public OffsetDateTime parkedAt;

    static ParkedEvent of(String consumer, String aggregateId, CloudEvent event) {
        ParkedEvent parked = new ParkedEvent();
        parked.consumer = consumer;
        parked.aggregateId = aggregateId;
        parked.eventId = event.getId();
        parked.type = event.getType();
        parked.source = event.getSource().toString();
        parked.subject = event.getSubject();
        parked.occurredAt = event.getTime();
        parked.data = event.getData() == null ? null : event.getData().toBytes();
        parked.parkedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        return parked;
    }

    /** The event as it arrived. */
    CloudEvent toCloudEvent() {
        CloudEventBuilder event = CloudEventBuilder.v1().withId(eventId).withType(type).withSource(URI.create(source))
                .withSubject(subject).withTime(occurredAt);
        return data == null ? event.build() : event.withDataContentType("application/json").withData(data).build();
    }
}
