package vnla.notification.subscription;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vnla.common.event.Topics;
import vnla.testing.SuiteKafka;
import vnla.testing.TestStack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The secured broker (this run's own, with ./suite's settings), with real clients: what a partner's provisioned
 * credentials may and may not do over the SASL_SSL listener, that a service's principal cannot write another's topic,
 * and that nobody gets in unauthenticated. A plain JUnit test: it asks for the run's broker itself.
 */
class PartnerKafkaAccessTest {

    private static final String SEKONG = "la.sekong";
    private final String username = "partner-" + SEKONG + "-" + UUID.randomUUID();
    private final String password = UUID.randomUUID().toString();
    private PartnerKafkaAccess access;

    @BeforeEach
    void provisionSekong() {
        TestStack.kafka();
        access = new PartnerKafkaAccess(SuiteKafka.clientConfig("notification-provisioner", SuiteKafka.password("notification-provisioner")));
        access.grant(username, password, SEKONG);
    }

    @AfterEach
    void revoke() {
        access.revoke(username);
        access.close();
    }

    @Test
    void partnerReadsItsOwnTopicOverTlsAndNothingElse() throws Exception {
        String key = UUID.randomUUID().toString();
        try (KafkaConsumer<String, String> own = partnerConsumer(PartnerKafkaAccess.groupPrefix(SEKONG) + UUID.randomUUID())) {
            own.subscribe(List.of(Topics.partnerAlerts(SEKONG)));
            awaitAssignment(own);
            produceAsAdmin(Topics.partnerAlerts(SEKONG), key, "{\"headline\":\"Cảnh báo\"}");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : own.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key())) {
                        return true;
                    }
                }
                return false;
            });
        }
        for (String forbidden : List.of(Topics.partnerAlerts("la.salavan"), Topics.HOTLINE_TIPS)) {
            try (KafkaConsumer<String, String> other = partnerConsumer(PartnerKafkaAccess.groupPrefix(SEKONG) + UUID.randomUUID())) {
                other.subscribe(List.of(forbidden));
                assertThrows(TopicAuthorizationException.class, () -> pollUntilError(other), forbidden);
            }
        }
    }

    @Test
    void partnerCannotUseAnotherGroupOrWriteAnyTopic() {
        try (KafkaConsumer<String, String> consumer = partnerConsumer("partner.la.salavan." + UUID.randomUUID())) {
            consumer.subscribe(List.of(Topics.partnerAlerts(SEKONG)));
            assertThrows(GroupAuthorizationException.class, () -> pollUntilError(consumer));
        }
        for (String topic : List.of(Topics.partnerAlerts(SEKONG), Topics.CASES_ALERT_REQUESTS)) {
            Map<String, Object> config = SuiteKafka.partnerConfig(username, password);
            ExecutionException e = assertThrows(ExecutionException.class, () -> produce(config, topic));
            assertInstanceOf(TopicAuthorizationException.class, e.getCause(), topic);
        }
    }

    @Test
    void revokedCredentialsFailOnTheNextPoll() throws Exception {
        KafkaConsumer<String, String> consumer = partnerConsumer(PartnerKafkaAccess.groupPrefix(SEKONG) + UUID.randomUUID());
        try {
            consumer.subscribe(List.of(Topics.partnerAlerts(SEKONG)));
            awaitAssignment(consumer);
            access.revoke(username);
            // the open connection loses its ACLs (authorisation error); a reconnect in between finds the password refused
            KafkaException refused = assertThrows(KafkaException.class, () -> pollUntilError(consumer));
            assertTrue(refused instanceof TopicAuthorizationException || refused instanceof SaslAuthenticationException, refused.toString());
        } finally {
            closeQuietly(consumer);
        }
        try (KafkaConsumer<String, String> again = partnerConsumer(PartnerKafkaAccess.groupPrefix(SEKONG) + UUID.randomUUID())) {
            again.subscribe(List.of(Topics.partnerAlerts(SEKONG)));
            assertThrows(SaslAuthenticationException.class, () -> pollUntilError(again));
        }
        // disabled, never deleted: a SCRAM deletion in the metadata log makes Kafka 4.1.1 lose every user on restart
        try (Admin admin = Admin.create(SuiteKafka.adminConfig())) {
            assertTrue(admin.describeUserScramCredentials(List.of(username)).all().get(15, TimeUnit.SECONDS).containsKey(username));
            assertTrue(admin.describeAcls(new AclBindingFilter(ResourcePatternFilter.ANY, new AccessControlEntryFilter(
                    "User:" + username, null, AclOperation.ANY, AclPermissionType.ANY))).values().get(15, TimeUnit.SECONDS).isEmpty(),
                    "the revoked user keeps no ACL");
        }
    }

    @Test
    void hotlineServiceCannotWriteAlertRequests() {
        Map<String, Object> config = SuiteKafka.clientConfig("hotline-service", SuiteKafka.password("hotline-service"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> produce(config, Topics.CASES_ALERT_REQUESTS));
        assertInstanceOf(TopicAuthorizationException.class, e.getCause());
    }

    @Test
    void unauthenticatedOrWrongPasswordClientsGetNothing() {
        // PLAINTEXT against a SASL listener: the broker never answers a request, so the call only times out
        Map<String, Object> plaintext = Map.of("bootstrap.servers", SuiteKafka.bootstrap(), "security.protocol", "PLAINTEXT",
                "default.api.timeout.ms", 5000, "request.timeout.ms", 2000);
        try (Admin admin = Admin.create(plaintext)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> admin.listTopics().names().get(10, TimeUnit.SECONDS));
            assertInstanceOf(org.apache.kafka.common.errors.TimeoutException.class, e.getCause());
        }
        Map<String, Object> wrong = SuiteKafka.clientConfig("hotline-service", "not-the-password");
        wrong.put("default.api.timeout.ms", 10000);
        wrong.put("request.timeout.ms", 5000);
        try (Admin admin = Admin.create(wrong)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> admin.listTopics().names().get(15, TimeUnit.SECONDS));
            assertInstanceOf(SaslAuthenticationException.class, e.getCause());
        }
    }

    private KafkaConsumer<String, String> partnerConsumer(String group) {
        Map<String, Object> config = SuiteKafka.partnerConfig(username, password);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static void awaitAssignment(KafkaConsumer<String, String> consumer) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200));
            return !consumer.assignment().isEmpty();
        });
    }

    private static void closeQuietly(KafkaConsumer<String, String> consumer) {
        try {
            consumer.close(Duration.ofSeconds(5));
        } catch (RuntimeException expected) {
            // a consumer whose rights were just revoked reports that once more on leaving its group
        }
    }

    private static void pollUntilError(KafkaConsumer<String, String> consumer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500));
        }
        throw new AssertionError("polled 30 s without an error");
    }

    private static void produceAsAdmin(String topic, String key, String value) throws Exception {
        Map<String, Object> config = SuiteKafka.adminConfig();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static void produce(Map<String, Object> config, String topic) throws Exception {
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "giả mạo".getBytes(StandardCharsets.UTF_8).length + "")).get(20, TimeUnit.SECONDS);
        }
        assertEquals(0, 1, "the broker accepted a write to " + topic);
    }
}
