package vnla.common.inbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import vnla.common.problem.ProblemException;
import vnla.common.web.Page;

/**
 * The events this service's consumers dead-lettered, read from their channels' dead-letter topics (the one record of
 * them, shared by every instance), and their replay: a replayed event goes through {@link InboxConsumer#handle} as if
 * it had just arrived, so one already handled changes nothing and one whose predecessor is missing is parked. The list
 * shows what an operator needs, never the event's data (a tip's content stays behind the release policy).
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final int INBOX_QUERY_CHUNK = 1000;

    /** One dead-lettered record; {@code id} is {@code <dead-letter topic>-<partition>-<offset>}. */
    @Schema(description = "A record a consumer of this service dead-lettered; the event's data is not shown")
    public record DeadLetterView(
            @Schema(maxLength = 300, example = "hotline.tips.v1.dlq-2-17") String id,
            @Schema(maxLength = 200, example = "case-service.tips") String consumer,
            @Schema(maxLength = 249, description = "The topic it was read from", example = "hotline.tips.v1") String topic,
            @Schema(maxLength = 200, description = "ce_id; absent for a record that is no CloudEvent") String eventId,
            @Schema(maxLength = 200, example = "hotline.tip.triaged") String type,
            @Schema(maxLength = 200, description = "ce_subject: the aggregate id") String subject,
            @Schema(maxLength = 2000, description = "Why it was dead-lettered") String reason,
            OffsetDateTime deadLetteredAt,
            @Schema(description = "A readable CloudEvent that a replay would hand to the consumer") boolean replayable,
            @Schema(description = "The consumer has handled the event since (a replay or a redelivery): replaying it changes nothing")
            boolean handled) {
    }

    /** What a replay did: APPLIED, PARKED (kept until the event it follows is applied) or ALREADY_HANDLED (nothing). */
    public record Replay(@Schema(maxLength = 300) String id, @Schema(maxLength = 200) String eventId, InboxConsumer.Delivery outcome) {
    }

    private record Source(EventHandler handler, String topic) {
    }

    private final Instance<EventHandler> handlers;
    private final InboxConsumer inbox;
    private final InboxConfig config;
    private final Config mpConfig;
    private final Map<String, Object> kafka;
    private final EntityManager em;

    public DeadLetters(Instance<EventHandler> handlers, InboxConsumer inbox, InboxConfig config, Config mpConfig,
            @Identifier("default-kafka-broker") Map<String, Object> kafka, EntityManager em) {
        this.handlers = handlers;
        this.inbox = inbox;
        this.config = config;
        this.mpConfig = mpConfig;
        this.kafka = kafka;
        this.em = em;
    }

    /** Newest first, optionally only those handled (or not) since. */
    public Page<DeadLetterView> list(Boolean handled, int page, int size) {
        List<DeadLetterView> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> reader = reader()) {
            for (Source source : sources()) {
                all.addAll(readAll(reader, source));
            }
        } catch (KafkaException e) {
            throw unavailable(e);
        }
        List<DeadLetterView> matching = all.stream()
                .filter(letter -> handled == null || letter.handled() == handled)
                .sorted(Comparator.comparing(DeadLetterView::deadLetteredAt).reversed().thenComparing(DeadLetterView::id))
                .toList();
        long from = Math.min((long) page * size, matching.size());
        int to = (int) Math.min(from + size, matching.size());
        return new Page<>(matching.subList((int) from, to), page, size, matching.size());
    }

    /** Hands the dead-lettered event to its consumer again. */
    public Replay replay(String id) {
        int offsetDash = id.lastIndexOf('-');
        int partitionDash = offsetDash < 1 ? -1 : id.lastIndexOf('-', offsetDash - 1);
        if (partitionDash < 1) {
            throw ProblemException.notFound("Dead letter " + id);
        }
        String topic = id.substring(0, partitionDash);
        Source source = sources().stream().filter(s -> s.topic().equals(topic)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Dead letter " + id));
        TopicPartition partition = new TopicPartition(topic, Integer.parseInt(id.substring(partitionDash + 1, offsetDash)));
        long offset = Long.parseLong(id.substring(offsetDash + 1));
        ConsumerRecord<String, byte[]> record;
        try (KafkaConsumer<String, byte[]> reader = reader()) {
            record = readOne(reader, partition, offset).orElseThrow(() -> ProblemException.notFound("Dead letter " + id));
        } catch (KafkaException e) {
            throw unavailable(e);
        }
        CloudEvent event = decode(record);
        if (event == null) {
            throw ProblemException.conflict("Dead letter " + id + " is not a CloudEvent: no consumer can read it");
        }
        Record payload;
        try {
            payload = inbox.read(event);
        } catch (IllegalArgumentException e) {
            throw ProblemException.conflict("Dead letter " + id + " cannot be replayed: " + e.getMessage());
        }
        InboxConsumer.Delivery outcome = inbox.handle(source.handler(), event, InboxConsumer.aggregateOf(event, Optional.ofNullable(record.key())),
                payload);
        LOG.infof("Dead letter %s (event %s of type %s) replayed to %s: %s", id, event.getId(), event.getType(), source.handler().consumer(),
                outcome);
        return new Replay(id, event.getId(), outcome);
    }

    /** Each handler's channel and the dead-letter topic the connector writes it to. */
    private List<Source> sources() {
        return handlers.stream().map(handler -> new Source(handler, mpConfig
                .getOptionalValue("mp.messaging.incoming." + handler.channel() + ".dead-letter-queue.topic", String.class)
                .orElse("dead-letter-topic-" + handler.channel()))).toList();
    }

    private List<DeadLetterView> readAll(KafkaConsumer<String, byte[]> reader, Source source) {
        Duration timeout = config.deadLetterReadTimeout();
        List<TopicPartition> partitions = reader.partitionsFor(source.topic(), timeout).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        if (partitions.isEmpty()) {
            return List.of();
        }
        Map<TopicPartition, Long> begin = reader.beginningOffsets(partitions, timeout);
        Map<TopicPartition, Long> end = reader.endOffsets(partitions, timeout);
        reader.assign(partitions);
        Set<TopicPartition> unread = new HashSet<>();
        for (TopicPartition partition : partitions) {
            long first = Math.max(begin.get(partition), end.get(partition) - config.deadLetterScanLimit());
            if (first < end.get(partition)) {
                reader.seek(partition, first);
                unread.add(partition);
            }
        }
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        while (!unread.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new org.apache.kafka.common.errors.TimeoutException("reading " + source.topic() + " took longer than " + timeout);
            }
            for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            }
            unread.removeIf(partition -> reader.position(partition, timeout) >= end.get(partition));
        }
        reader.unsubscribe();
        Set<String> handled = handled(source.handler().consumer(), records.stream().map(r -> header(r, "ce_id")).filter(id -> id != null).toList());
        return records.stream().map(record -> view(source, record, handled)).toList();
    }

    private DeadLetterView view(Source source, ConsumerRecord<String, byte[]> record, Set<String> handled) {
        String eventId = header(record, "ce_id");
        CloudEvent event = decode(record);
        boolean readable;
        try {
            inbox.read(event);
            readable = true;
        } catch (IllegalArgumentException e) {
            readable = false;
        }
        return new DeadLetterView(record.topic() + "-" + record.partition() + "-" + record.offset(), source.handler().consumer(),
                header(record, "dead-letter-topic"), eventId, header(record, "ce_type"), header(record, "ce_subject"),
                header(record, "dead-letter-reason"), OffsetDateTime.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC),
                readable, eventId != null && handled.contains(eventId));
    }

    private Optional<ConsumerRecord<String, byte[]>> readOne(KafkaConsumer<String, byte[]> reader, TopicPartition partition, long offset) {
        Duration timeout = config.deadLetterReadTimeout();
        if (reader.partitionsFor(partition.topic(), timeout).stream().noneMatch(p -> p.partition() == partition.partition())) {
            return Optional.empty();
        }
        long begin = reader.beginningOffsets(List.of(partition), timeout).get(partition);
        long end = reader.endOffsets(List.of(partition), timeout).get(partition);
        if (offset < begin || offset >= end) {
            return Optional.empty();
        }
        reader.assign(List.of(partition));
        reader.seek(partition, offset);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200))) {
                if (record.offset() == offset) {
                    return Optional.of(record);
                }
                if (record.offset() > offset) {
                    return Optional.empty();
                }
            }
        }
        throw new org.apache.kafka.common.errors.TimeoutException("reading " + partition + " took longer than " + timeout);
    }

    /** The event ids among {@code eventIds} the consumer has in its inbox. */
    private Set<String> handled(String consumer, List<String> eventIds) {
        Set<String> handled = new HashSet<>();
        for (int from = 0; from < eventIds.size(); from += INBOX_QUERY_CHUNK) {
            List<String> chunk = eventIds.subList(from, Math.min(from + INBOX_QUERY_CHUNK, eventIds.size()));
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "select event_id from inbox_message where consumer = :consumer and event_id in (:ids)", String.class)
                    .setParameter("consumer", consumer).setParameter("ids", chunk).getResultList()
                    .forEach(id -> handled.add((String) id)));
        }
        return handled;
    }

    /** The CloudEvent in the record (binary mode, as the connector wrote it), or null for a record that is none. */
    private static CloudEvent decode(ConsumerRecord<String, byte[]> record) {
        try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            return deserializer.deserialize(record.topic(), record.headers(), record.value());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, byte[]> reader() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        int timeout = (int) config.deadLetterReadTimeout().toMillis();
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static ProblemException unavailable(KafkaException e) {
        LOG.warnf("Dead letters cannot be read: %s", e.getMessage());
        return new ProblemException(503, "Service Unavailable", "Kafka does not answer: the dead-letter topics cannot be read now, retry later");
    }
}
