package vnla.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The messaging ceiling: the raw rate of an idempotent {@code acks=all} producer configured like the outbox relay, for
 * the tip event's payload; and one hop of the pipeline measured directly: insert an outbox-like row and commit, produce
 * and wait for the ack, consume on another thread. Uses scratch topics ({@code bench.*}) and a scratch schema, all
 * removed afterwards.
 */
public final class KafkaCeiling {

    static final String SCHEMA = "bench_roundtrip";

    /** The producer's raw rate. */
    public record ProducerResult(long records, double seconds, double recordsPerSecond, double megabytesPerSecond, int payloadBytes) {
    }

    /** One hop (commit + produce + consume) at a steady rate. */
    public record HopResult(double rate, long sent, long received, Latency latency) {
    }

    private final String bootstrap;

    public KafkaCeiling(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Sends payloads like a tip event as fast as the producer takes them for {@code seconds}; counts acknowledged records. */
    public ProducerResult producerRate(double seconds, long seed) throws Exception {
        String topic = "bench.producer-ceiling." + UUID.randomUUID().toString().substring(0, 8);
        createTopic(topic);
        TipBodies bodies = new TipBodies(seed);
        byte[][] payloads = new byte[64][];
        long totalBytes = 0;
        for (int i = 0; i < payloads.length; i++) {
            payloads[i] = bodies.next().getBytes(StandardCharsets.UTF_8);
            totalBytes += payloads[i].length;
        }
        AtomicLong acked = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start;
        long end;
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.partitionsFor(topic); // metadata fetched before the clock starts
            start = System.nanoTime();
            long stopAt = start + (long) (seconds * 1e9);
            long i = 0;
            while (System.nanoTime() < stopAt) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, UUID.randomUUID().toString(),
                        payloads[(int) (i++ % payloads.length)]);
                cloudEventHeaders(record);
                producer.send(record, (metadata, e) -> (e == null ? acked : failed).incrementAndGet());
            }
            producer.flush();
            end = System.nanoTime();
        } finally {
            deleteTopic(topic);
        }
        double elapsed = (end - start) / 1e9;
        int average = (int) (totalBytes / payloads.length);
        return new ProducerResult(acked.get(), elapsed, acked.get() / elapsed, acked.get() * average / elapsed / 1e6, average);
    }

    /** One hop at {@code rate} per second for {@code seconds}: commit, produce, consume; latency from the intended start. */
    public HopResult hop(PgbenchCeiling.Db db, double rate, double seconds, long seed) throws Exception {
        String topic = "bench.hop." + UUID.randomUUID().toString().substring(0, 8);
        createTopic(topic);
        Histogram histogram = Latency.newHistogram();
        Map<String, Long> intended = new ConcurrentHashMap<>();
        AtomicLong received = new AtomicLong();
        TipBodies bodies = new TipBodies(seed);
        String url = "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + db.database();
        long sent;
        try (Connection connection = DriverManager.getConnection(url, db.user(), db.password());
                KafkaProducer<String, byte[]> producer = producer();
                Consuming consuming = new Consuming(bootstrap, topic, Duration.ofSeconds(20), record -> {
                    Long from = intended.remove(record.key());
                    if (from != null) {
                        Latency.recordSince(histogram, from);
                        received.incrementAndGet();
                    }
                })) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop schema if exists " + SCHEMA + " cascade");
                ddl.execute("create schema " + SCHEMA);
                ddl.execute("create table " + SCHEMA + ".outbox_event (id uuid primary key, position bigserial not null unique, "
                        + "topic text not null, payload jsonb not null, occurred_at timestamptz not null)");
            }
            producer.partitionsFor(topic);
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into " + SCHEMA
                    + ".outbox_event (id, topic, payload, occurred_at) values (?, ?, ?::jsonb, ?)")) {
                sent = OpenLoop.run(rate, seconds, from -> {
                    try {
                        UUID id = UUID.randomUUID();
                        String payload = bodies.next();
                        intended.put(id.toString(), from);
                        insert.setObject(1, id);
                        insert.setString(2, topic);
                        insert.setString(3, payload);
                        insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                        insert.executeUpdate();
                        connection.commit();
                        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, id.toString(),
                                payload.getBytes(StandardCharsets.UTF_8));
                        cloudEventHeaders(record);
                        producer.send(record).get(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("commit + produce failed: " + e.getMessage(), e);
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (received.get() < sent && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop schema if exists " + SCHEMA + " cascade");
            }
        } finally {
            deleteTopic(topic);
        }
        return new HopResult(rate, sent, received.get(), Latency.of(histogram));
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.putAll(vnla.testing.SuiteKafka.adminConfig());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        return new KafkaProducer<>(props, new StringSerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer());
    }

    /** The CloudEvents binary-mode headers the relay adds, so records have the same size. */
    private static void cloudEventHeaders(ProducerRecord<String, byte[]> record) {
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        record.headers().add(new RecordHeader("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_type", "hotline.tip.received".getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_source", "/hotline-service".getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_subject", record.key().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_time", now.getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("content-type", "application/json".getBytes(StandardCharsets.UTF_8)));
    }

    private Admin admin() {
        Map<String, Object> config = vnla.testing.SuiteKafka.adminConfig();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(config);
    }

    private void createTopic(String topic) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private void deleteTopic(String topic) {
        try (Admin admin = admin()) {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("bench: could not delete scratch topic " + topic + ": " + e.getMessage());
        }
    }

    /** Is something answering on the broker's port? */
    public static boolean reachable(String bootstrap) {
        return Probe.tcp(bootstrap);
    }
}
