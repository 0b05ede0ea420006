package vnla.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.common.event.AlertRequested;
import vnla.common.event.EventCodec;
import vnla.common.event.Vocabulary;
import vnla.notification.Fixtures;
import vnla.testing.WebhookReceiver;

/**
 * Webhooks cannot be aimed at the service's own network: refused at subscription, and again at every attempt, which
 * connects only to the address it checked. Every connection the suite makes goes to 127.0.0.1.
 */
@QuarkusTest
class WebhookSsrfTest {

    private static final String QUANGNAM = "vn.quangnam";
    private static final String SONLA = "vn.sonla";

    @Inject
    EventCodec codec;

    @Inject
    EntityManager em;

    @Test
    void hostileUrlsAreRefusedAtSubscriptionAndNothingIsStored() {
        List<String> hostile = List.of(
                "http://169.254.169.254/latest/meta-data",
                "http://127.0.0.1:5432/",
                "http://[::1]:8081/",
                "http://10.0.0.5/",
                "http://localhost:8081/api/v1/tips",
                "https://169.254.169.254/latest/meta-data",
                "https://127.0.0.1:8083/api/v1/subscriptions",
                "https://[::1]/",
                "https://[::ffff:127.0.0.1]/",
                "https://[::ffff:a9fe:a9fe]/latest/meta-data",
                "https://[::127.0.0.1]/",
                "https://[64:ff9b::7f00:1]/",
                "https://[fd00:ec2::254]/",
                "https://[fe80::1]/",
                "https://[::]/",
                "https://0.0.0.0/",
                "https://192.168.1.1/",
                "https://172.16.5.4/",
                "https://100.64.0.1/",
                "https://224.0.0.1/",
                "https://255.255.255.255/",
                "http://0x7f000001/",
                "http://2130706433/",
                "http://017700000001/",
                "http://127.1/",
                "https://0x7f.0.0.1/",
                "https://ສາລະວັນ:mật-khẩu@hotline.salavan.example/alerts",
                "https://user@hotline.salavan.example/alerts",
                "http://hotline.salavan.example/alerts",
                "ftp://hotline.salavan.example/alerts",
                "file:///etc/passwd",
                "gopher://127.0.0.1:6379/_INFO",
                "https:///no-host",
                "https://hotline.salavan.example:99999/");
        long before = subscriptions();

        for (String url : hostile) {
            given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).contentType(ContentType.JSON)
                    .body(Map.of("channel", "WEBHOOK", "url", url, "description", "Đường dây nóng Salavan"))
                    .when().post("/api/v1/subscriptions")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("url"))
                    .body("violations[0].message", not(emptyOrNullString()));
        }

        assertEquals(before, subscriptions(), "nothing stored");
    }

    @Test
    void refusalSaysWhyInPlainWords() {
        given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEBHOOK", "url", "http://169.254.169.254/latest/meta-data"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400)
                .body("violations[0].message", equalTo("points to a link-local (cloud metadata) address, which webhooks may not reach"));
        given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEBHOOK", "url", "http://hotline.salavan.example/alerts"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400)
                .body("violations[0].message", equalTo("must be an https URL (http only for hosts the operator allow-listed)"));
    }

    @Test
    void nameThatResolvesToLoopbackAtSendTimeIsRefusedWithoutConnecting() throws Exception {
        AtomicReference<InetAddress> partnerTest = new AtomicReference<>(InetAddress.getByName("203.0.113.10"));
        List<String> looked = new CopyOnWriteArrayList<>();
        QuarkusMock.installMockForType(new HostResolver() {
            @Override
            public List<InetAddress> resolve(String host) throws java.net.UnknownHostException {
                if (!"partner.test".equals(host)) {
                    return super.resolve(host);
                }
                looked.add(partnerTest.get().getHostAddress());
                return List.of(partnerTest.get());
            }
        }, HostResolver.class);
        // were the refusal to fail, the attempt would connect here (loopback only, never the documentation address)
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String subscription = given().auth().oauth2(Fixtures.liaison(QUANGNAM)).contentType(ContentType.JSON)
                    .body(Map.of("channel", "WEBHOOK", "url", "https://partner.test:" + trap.getLocalPort() + "/hooks/alerts"))
                    .when().post("/api/v1/subscriptions")
                    .then().statusCode(201)
                    .extract().path("id");
            assertEquals(List.of("203.0.113.10"), looked, "checked at subscription, nothing sent there");
            partnerTest.set(InetAddress.getByName("127.0.0.1"));

            AlertRequested request = Fixtures.request(QUANGNAM, Vocabulary.Priority.URGENT);
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(QUANGNAM, request);

            await().atMost(Duration.ofSeconds(30)).until(() -> "address not allowed".equals(given().auth().oauth2(Fixtures.liaison(QUANGNAM))
                    .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                    .then().statusCode(200)
                    .extract().path("items[0].attempts[0].error")));
            given().auth().oauth2(Fixtures.liaison(QUANGNAM))
                    .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                    .then().statusCode(200)
                    .body("items[0].attempts[0].outcome", equalTo("FAILED"))
                    .body("items[0].attempts[0].statusCode", org.hamcrest.Matchers.nullValue());
            assertTrue(looked.contains("127.0.0.1"), "resolved again at send time");
            Fixtures.unsubscribe(QUANGNAM, subscription);
            trap.setSoTimeout(500);
            assertThrows(SocketTimeoutException.class, trap::accept, "no connection was ever opened");
        }
    }

    @Test
    void answerTricklingItsBodyEndsAtTheDeadlineWhileOthersAreDelivered() throws Exception {
        AtomicInteger bytesSent = new AtomicInteger();
        AtomicReference<Instant> gaveUp = new AtomicReference<>();
        ScheduledExecutorService trickle = Executors.newScheduledThreadPool(1);
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            AtomicReference<java.util.concurrent.ScheduledFuture<?>> task = new AtomicReference<>();
            task.set(trickle.scheduleAtFixedRate(() -> {
                try {
                    body.write('.');
                    body.flush();
                    if (bytesSent.incrementAndGet() >= 60) {
                        exchange.close();
                        task.get().cancel(false);
                    }
                } catch (IOException sender) {
                    gaveUp.compareAndSet(null, Instant.now());
                    task.get().cancel(false);
                }
            }, 0, 1, TimeUnit.SECONDS));
        });
        slow.start();
        List<Instant> fastArrivals = new CopyOnWriteArrayList<>();
        try (WebhookReceiver fast = WebhookReceiver.start().onEachCall(call -> fastArrivals.add(Instant.now()))) {
            String slowSubscription = given().auth().oauth2(Fixtures.liaison(SONLA)).contentType(ContentType.JSON)
                    .body(Map.of("channel", "WEBHOOK", "url", "http://127.0.0.1:" + slow.getAddress().getPort() + "/hooks"))
                    .when().post("/api/v1/subscriptions")
                    .then().statusCode(201)
                    .extract().<String>path("id");
            String fastSubscription = Fixtures.subscribeWebhook(SONLA, fast);

            AlertRequested request = Fixtures.request(SONLA, Vocabulary.Priority.FLASH);
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(SONLA, request);

            await().atMost(Duration.ofSeconds(30)).until(() -> slowAttempt(alertId, slowSubscription) != null
                    && slowAttempt(alertId, slowSubscription).get("outcome") != null);
            Map<String, Object> attempt = slowAttempt(alertId, slowSubscription);
            assertEquals("timed out", attempt.get("error"));
            assertNull(attempt.get("statusCode"), "no answer counts until its body is complete");
            long latency = ((Number) attempt.get("latencyMs")).longValue();
            assertTrue(latency >= 1900 && latency < 4000, "ended at the 2 s deadline of the test profile, took " + latency + " ms");
            assertTrue(bytesSent.get() < 10, "the trickle was cut off, " + bytesSent.get() + " bytes in");
            await().atMost(Duration.ofSeconds(5)).until(() -> gaveUp.get() != null);

            assertTrue(fast.callsFor(alertId).size() == 1 && fast.callsFor(alertId).get(0).verified());
            OffsetDateTime slowEnded = OffsetDateTime.parse((String) attempt.get("finishedAt"));
            assertTrue(fastArrivals.get(0).isBefore(slowEnded.toInstant()), "the other subscription did not wait for the slow one");
            Fixtures.unsubscribe(SONLA, slowSubscription);
            Fixtures.unsubscribe(SONLA, fastSubscription);
        } finally {
            slow.stop(0);
            trickle.shutdownNow();
        }
    }

    @Test
    void allowListedLoopbackReceiverStillReceivesSignedAlerts() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String subscription = Fixtures.subscribeWebhook(Fixtures.CHAMPASAK, receiver);
            AlertRequested request = Fixtures.request(Fixtures.CHAMPASAK, Vocabulary.Priority.ROUTINE);
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(Fixtures.CHAMPASAK, request);

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsFor(alertId).stream().anyMatch(WebhookReceiver.Call::verified));
            Fixtures.unsubscribe(Fixtures.CHAMPASAK, subscription);
        }
    }

    @Test
    void attemptConnectsToTheCheckedAddressAndKeepsTheNameInTheHostHeader() {
        List<String> looked = new CopyOnWriteArrayList<>();
        QuarkusMock.installMockForType(new HostResolver() {
            @Override
            public List<InetAddress> resolve(String host) throws java.net.UnknownHostException {
                if (!"receiver.test".equals(host)) {
                    return super.resolve(host);
                }
                looked.add(host);
                return List.of(InetAddress.getByName("127.0.0.1"));
            }
        }, HostResolver.class);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String url = receiver.url().replace("127.0.0.1", "receiver.test");
            var created = given().auth().oauth2(Fixtures.liaison(QUANGNAM)).contentType(ContentType.JSON)
                    .body(Map.of("channel", "WEBHOOK", "url", url))
                    .when().post("/api/v1/subscriptions")
                    .then().statusCode(201)
                    .extract();
            receiver.trust(created.path("secret"));
            AlertRequested request = Fixtures.request(QUANGNAM, Vocabulary.Priority.URGENT);
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(QUANGNAM, request);

            WebhookReceiver.Call call = await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsFor(alertId).stream()
                    .findFirst().orElse(null), c -> c != null);
            assertTrue(call.verified());
            assertEquals(url.replaceAll("^http://([^/]+)/.*$", "$1"), call.header("host"), "the name, not the address, in Host");
            assertTrue(!looked.isEmpty(), "resolved through the resolver for the attempt (an allow-listed host is not resolved at subscription)");
            Fixtures.unsubscribe(QUANGNAM, created.path("id"));
        }
    }

    @Test
    void deliveryErrorsSayWhatHappenedInPlainWords() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = probe.getLocalPort();
        }
        // a plain-text server on the https port: it answers the TLS hello with HTTP
        var plainText = Executors.newSingleThreadExecutor();
        try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            plainText.execute(() -> {
                while (!plain.isClosed()) {
                    try (var socket = plain.accept()) {
                        socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes());
                    } catch (IOException closed) {
                        // the test is over
                    }
                }
            });
            int plainPort = plain.getLocalPort();
            String refused = subscribe(QUANGNAM, "http://127.0.0.1:" + closedPort + "/hooks");
            String tls = subscribe(QUANGNAM, "https://127.0.0.1:" + plainPort + "/hooks");
            AlertRequested request = Fixtures.request(QUANGNAM, Vocabulary.Priority.ROUTINE);
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(QUANGNAM, request);

            await().atMost(Duration.ofSeconds(30)).until(() -> firstAttempt(QUANGNAM, alertId, refused) != null
                    && firstAttempt(QUANGNAM, alertId, tls) != null);
            assertEquals("connection refused", firstAttempt(QUANGNAM, alertId, refused).get("error"));
            assertEquals("TLS error", firstAttempt(QUANGNAM, alertId, tls).get("error"));
            Fixtures.unsubscribe(QUANGNAM, refused);
            Fixtures.unsubscribe(QUANGNAM, tls);
        } finally {
            plainText.shutdownNow();
        }
    }

    private static String subscribe(String agency, String url) {
        return given().auth().oauth2(Fixtures.liaison(agency)).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEBHOOK", "url", url))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** The first finished attempt of the alert's delivery to a subscription, or null while there is none. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstAttempt(String agency, String alertId, String subscriptionId) {
        List<Map<String, Object>> deliveries = given().auth().oauth2(Fixtures.liaison(agency)).queryParam("size", 100)
                .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                .then().statusCode(200)
                .extract().path("items");
        return deliveries.stream().filter(d -> subscriptionId.equals(d.get("subscriptionId")))
                .map(d -> (List<Map<String, Object>>) d.get("attempts"))
                .filter(a -> !a.isEmpty() && a.get(0).get("outcome") != null)
                .map(a -> a.get(0))
                .findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> slowAttempt(String alertId, String subscriptionId) {
        List<Map<String, Object>> deliveries = given().auth().oauth2(Fixtures.liaison(SONLA)).queryParam("size", 100)
                .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                .then().statusCode(200)
                .extract().path("items");
        return deliveries.stream().filter(d -> subscriptionId.equals(d.get("subscriptionId")))
                .map(d -> (List<Map<String, Object>>) d.get("attempts"))
                .filter(a -> !a.isEmpty())
                .map(a -> a.get(0))
                .findFirst().orElse(null);
    }

    private long subscriptions() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from subscription")
                .getSingleResult()).longValue());
    }
}
