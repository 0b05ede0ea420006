package vnla.notification.subscription;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vnla.common.event.Topics;
import vnla.notification.Fixtures;
import vnla.testing.SuiteKafka;
import vnla.testing.TestClock;

/**
 * KAFKA subscriptions through the API against the real secured broker: the credentials the answer shows once are
 * provisioned by the job, read their agency's topic over the SASL_SSL listener and nothing else, stop on deletion, and
 * survive a rotation for the grace period only. A broker the provisioner cannot reach leaves the subscription
 * PROVISIONING until it can.
 */
@QuarkusTest
class KafkaSubscriptionTest {

    private static final String SEKONG = Fixtures.SEKONG;

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    @Test
    void subscribedCredentialsReadOnlyTheAgencysTopicUntilDeleted() throws Exception {
        JsonPath created = subscribe();
        String id = created.getString("id");
        String username = created.getString("kafkaUsername");
        String password = created.getString("kafkaPassword");
        assertEquals("PROVISIONING", created.getString("status"));
        awaitStatus(id, "ACTIVE");

        KafkaConsumer<String, String> own = consumer(username, password);
        try {
            own.subscribe(List.of(Topics.partnerAlerts(SEKONG)));
            awaitRecord(own, produceAsAdmin(Topics.partnerAlerts(SEKONG)));
            for (String forbidden : List.of(Topics.partnerAlerts(Fixtures.SALAVAN), Topics.HOTLINE_TIPS)) {
                try (KafkaConsumer<String, String> other = consumer(username, password)) {
                    other.subscribe(List.of(forbidden));
                    assertThrows(TopicAuthorizationException.class, () -> pollUntilError(other), forbidden);
                }
            }

            Fixtures.unsubscribe(SEKONG, id);
            // the job revokes the ACLs and the user: the consumer's next fetches are refused (authorisation error on the open
            // connection, or no user at all if it reconnects in between)
            KafkaException refused = assertThrows(KafkaException.class, () -> pollUntilError(own));
            assertTrue(refused instanceof TopicAuthorizationException || refused instanceof SaslAuthenticationException, refused.toString());
        } finally {
            try {
                own.close(Duration.ofSeconds(5));
            } catch (RuntimeException expected) {
                // a consumer whose rights were just revoked reports that once more on leaving its group
            }
        }
        try (KafkaConsumer<String, String> again = consumer(username, password)) {
            again.subscribe(List.of(Topics.partnerAlerts(SEKONG)));
            assertThrows(SaslAuthenticationException.class, () -> pollUntilError(again));
        }
    }

    @Test
    void rotationKeepsThePreviousUserForTheGracePeriodOnly() throws Exception {
        JsonPath created = subscribe();
        String id = created.getString("id");
        String oldUser = created.getString("kafkaUsername");
        String oldPassword = created.getString("kafkaPassword");
        awaitStatus(id, "ACTIVE");

        JsonPath rotated = given().auth().oauth2(Fixtures.liaison(SEKONG))
                .when().post("/api/v1/subscriptions/" + id + "/secret-rotations")
                .then().statusCode(200)
                .body("kafkaPassword", not(nullValue()))
                .body("previousSecretValidUntil", not(nullValue()))
                .extract().jsonPath();
        String newUser = rotated.getString("kafkaUsername");
        String newPassword = rotated.getString("kafkaPassword");
        assertNotEquals(oldUser, newUser);

        // during the grace period (15 s in the test profile) both users read
        Duration grace = Duration.between(java.time.OffsetDateTime.now(), java.time.OffsetDateTime.parse(rotated.getString("previousSecretValidUntil")));
        assertTrue(grace.compareTo(Duration.ofSeconds(30)) < 0, "the test profile's grace period: " + grace);
        try (KafkaConsumer<String, String> old = consumer(oldUser, oldPassword)) {
            old.subscribe(List.of(Topics.partnerAlerts(SEKONG)));
            awaitRecord(old, produceAsAdmin(Topics.partnerAlerts(SEKONG)));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            try (KafkaConsumer<String, String> fresh = consumer(newUser, newPassword)) {
                fresh.subscribe(List.of(Topics.partnerAlerts(SEKONG)));
                awaitRecord(fresh, produceAsAdmin(Topics.partnerAlerts(SEKONG)));
            }
        });
        // after it the old user is gone, the new one stays: the services' clock moves past the grace period, no waiting
        try {
            clock.advance(grace.plusSeconds(1));
            Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                    .until(() -> credentialState(oldUser).equals("REVOKED"));
        } finally {
            clock.reset();
        }
        try (KafkaConsumer<String, String> old = consumer(oldUser, oldPassword)) {
            old.subscribe(List.of(Topics.partnerAlerts(SEKONG)));
            assertThrows(SaslAuthenticationException.class, () -> pollUntilError(old));
        }
        try (KafkaConsumer<String, String> fresh = consumer(newUser, newPassword)) {
            fresh.subscribe(List.of(Topics.partnerAlerts(SEKONG)));
            awaitRecord(fresh, produceAsAdmin(Topics.partnerAlerts(SEKONG)));
        }
        Fixtures.unsubscribe(SEKONG, id);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> credentialState(newUser).equals("REVOKED"));
    }

    @Test
    void aBrokerThatCannotBeReachedLeavesTheSubscriptionProvisioningUntilItCan() throws Exception {
        PartnerKafkaAccessFactory real = new PartnerKafkaAccessFactory(
                io.quarkus.arc.Arc.container().instance(KafkaProvisioningConfig.class).get());
        int closed = closedPort();
        QuarkusMock.installMockForType(new PartnerKafkaAccessFactory(null) {
            @Override
            public PartnerKafkaAccess open() {
                Map<String, Object> config = SuiteKafka.clientConfig("notification-provisioner", "irrelevant");
                config.put("bootstrap.servers", "127.0.0.1:" + closed);
                config.put("default.api.timeout.ms", 1500);
                config.put("request.timeout.ms", 1000);
                return new PartnerKafkaAccess(config, 1500);
            }
        }, PartnerKafkaAccessFactory.class);
        String id;
        String username;
        String password;
        try {
            JsonPath created = subscribe();
            id = created.getString("id");
            username = created.getString("kafkaUsername");
            password = created.getString("kafkaPassword");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> credentialAttempts(username) >= 2);
            given().auth().oauth2(Fixtures.liaison(SEKONG))
                    .when().get("/api/v1/subscriptions/" + id)
                    .then().statusCode(200)
                    .body("status", equalTo("PROVISIONING"));
            assertEquals("GRANTING", credentialState(username));
        } finally {
            QuarkusMock.installMockForType(real, PartnerKafkaAccessFactory.class);
        }
        awaitStatus(id, "ACTIVE");
        try (KafkaConsumer<String, String> own = consumer(username, password)) {
            own.subscribe(List.of(Topics.partnerAlerts(SEKONG)));
            awaitRecord(own, produceAsAdmin(Topics.partnerAlerts(SEKONG)));
        }
        Fixtures.unsubscribe(SEKONG, id);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> credentialState(username).equals("REVOKED"));
    }

    /**
     * The provisioning job holds a credential row while it calls the broker, then marks the subscription ACTIVE. A
     * deletion in that moment waits for the job instead of locking the subscription first: PostgreSQL would otherwise
     * break the deadlock by failing one of them (the liaison officer's DELETE answered 500 in CI). This test is the job.
     */
    @Test
    void deletionDuringAGrantWaitsForTheJobInsteadOfDeadlocking() throws Exception {
        String id = subscribe().getString("id");
        try (Connection job = dataSource.getConnection()) {
            job.setAutoCommit(false);
            try (Statement statement = job.createStatement()) {
                statement.execute("set local lock_timeout = '20s'");
            }
            try (PreparedStatement claim = job.prepareStatement("select id from kafka_credential where subscription_id = ? for update")) {
                claim.setObject(1, UUID.fromString(id));
                claim.executeQuery().close();
            }
            CompletableFuture<Integer> deletion = CompletableFuture.supplyAsync(() -> given().auth().oauth2(Fixtures.liaison(SEKONG))
                    .when().delete("/api/v1/subscriptions/" + id)
                    .then().extract().statusCode());
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnLocks() > 0);
            try (PreparedStatement markActive = job.prepareStatement("update subscription set status = status where id = ?")) {
                markActive.setObject(1, UUID.fromString(id));
                assertEquals(1, markActive.executeUpdate());
            }
            job.commit();
            assertEquals(204, deletion.get(30, TimeUnit.SECONDS));
        }
        given().auth().oauth2(Fixtures.liaison(SEKONG))
                .when().get("/api/v1/subscriptions/" + id)
                .then().statusCode(404);
    }

    /** Sessions other than the caller's waiting for a lock, in this database. */
    private int waitingOnLocks() throws Exception {
        try (Connection db = dataSource.getConnection();
                PreparedStatement waiting = db.prepareStatement("""
                        select count(*) from pg_stat_activity
                        where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()""")) {
            try (ResultSet rs = waiting.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static JsonPath subscribe() {
        return given().auth().oauth2(Fixtures.liaison(SEKONG)).contentType(ContentType.JSON)
                .body(Map.of("channel", "KAFKA"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .body("topic", equalTo(Topics.partnerAlerts(SEKONG)))
                .extract().jsonPath();
    }

    private static void awaitStatus(String id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Fixtures.liaison(SEKONG))
                .when().get("/api/v1/subscriptions/" + id)
                .then().statusCode(200)
                .body("status", equalTo(status)));
    }

    private static String credentialState(String username) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> KafkaCredential.<KafkaCredential>find("username", username).firstResult().state);
    }

    private static int credentialAttempts(String username) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> KafkaCredential.<KafkaCredential>find("username", username).firstResult().attempts);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static KafkaConsumer<String, String> consumer(String username, String password) {
        Map<String, Object> config = SuiteKafka.partnerConfig(username, password);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, PartnerKafkaAccess.groupPrefix(SEKONG) + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /** Waits for the assignment, then produces as the super-user and waits for that record. */
    private static void awaitRecord(KafkaConsumer<String, String> consumer, java.util.function.Supplier<String> produce) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200));
            return !consumer.assignment().isEmpty();
        });
        // the position is fixed before the record is produced, so "latest" cannot skip it
        consumer.assignment().forEach(consumer::position);
        String key = produce.get();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(r.key())) {
                    return true;
                }
            }
            return false;
        });
    }

    private static java.util.function.Supplier<String> produceAsAdmin(String topic) {
        return () -> {
            String key = UUID.randomUUID().toString();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(SuiteKafka.adminConfig(), new StringSerializer(),
                    new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, key, "{\"headline\":\"Cảnh báo\"}")).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return key;
        };
    }

    private static void pollUntilError(KafkaConsumer<String, String> consumer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500));
        }
        throw new AssertionError("polled 30 s without an error");
    }
}
