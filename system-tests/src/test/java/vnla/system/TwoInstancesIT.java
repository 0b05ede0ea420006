package vnla.system;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import vnla.common.event.Topics;
import vnla.testing.TestStack;
import vnla.testing.TopicWatcher;
import vnla.testing.WebhookReceiver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults with two instances of each service on one PostgreSQL and one broker. The test is the load balancer: it sends
 * tips and triages to both hotline instances in turn, and a request an instance did not answer (killed) or refused with
 * 503 (its database restarting) again, to the other, with the same {@code Idempotency-Key}. One instance of each
 * service killed with SIGKILL, PostgreSQL restarted, the broker stopped 30 s, each while tips flow: every tip reaches
 * case-service, every FLASH alert reaches the partner's webhook once, no tip's events are out of order, and what is
 * delivered twice is a redelivery of the same event (same {@code ce_id}, same {@code webhook-id}) that its consumer
 * absorbs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final String AGENCY = "vn.hue";
    private static final String PARTNER = "la.salavan";
    private static final List<ServiceProcess> HOTLINES = List.of(Suite.HOTLINE, Suite.HOTLINE_2);
    private static final List<ServiceProcess> CASES = List.of(Suite.CASES, Suite.CASES_2);
    private static final String PG_VERSION = "15";
    private static final String PG_CLUSTER = "main";
    /** How long a balanced request keeps trying (503s while PostgreSQL restarts, the other instance after a kill). */
    private static final Duration REQUEST_PATIENCE = Duration.ofMinutes(2);
    private static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 3_000)
            .setParam("http.socket.timeout", 20_000));

    private boolean kafkaStopped;

    @BeforeAll
    static void twoOfEach() {
        Suite.twoOfEachUp();
        Api.agreement(AGENCY, PARTNER, "2025-11-20", null);
    }

    @AfterEach
    void everyInstanceBackUp() throws Exception {
        if (kafkaStopped) {
            TestStack.kafka().start();
            kafkaStopped = false;
        }
        Suite.twoOfEachUp();
    }

    @AfterAll
    static void oneOfEachAgain() {
        Suite.secondInstancesDown();
    }

    @Test
    @Order(1)
    void oneInstanceOfEachServiceKilledWhileTipsFlow() throws Exception {
        tipsFlowThrough("one instance of each SIGKILL while tips flow", 40, Duration.ofMillis(400), Duration.ofSeconds(5),
                Suite.NOTIFICATIONS_2, () -> {
                    Suite.HOTLINE.kill();
                    Suite.CASES_2.kill();
                    Suite.NOTIFICATIONS.kill();
                });
    }

    @Test
    @Order(2)
    void brokerStopped30SecondsWhileTipsFlow() throws Exception {
        tipsFlowThrough("Kafka stopped 30 s while tips flow (2 instances)", 60, Duration.ofMillis(700), Duration.ofSeconds(4),
                Suite.NOTIFICATIONS_2, () -> {
                    kafkaStopped = true;
                    TestStack.kafka().stop();
                    LockSupport.parkNanos(Duration.ofSeconds(30).toNanos());
                    TestStack.kafka().start();
                    kafkaStopped = false;
                });
    }

    /** Last, as it restarts the machine's PostgreSQL cluster under every connection: restarts it while tips flow. */
    @Test
    @Order(3)
    void postgresRestartedWhileTipsFlow() throws Exception {
        tipsFlowThrough("PostgreSQL restart while tips flow (2 instances)", 40, Duration.ofMillis(400), Duration.ofSeconds(5),
                Suite.NOTIFICATIONS, TwoInstancesIT::restartPostgres);
    }

    /** Something the test does to the suite, which may block while tips keep flowing. */
    @FunctionalInterface
    private interface Fault {
        void inject() throws Exception;
    }

    /**
     * Offers {@code offered} tips, one every {@code interval}, each triaged FLASH for the partner, through both hotline
     * instances; {@code faultAfter} into the flow injects the fault; then checks what arrived where.
     */
    private static void tipsFlowThrough(String name, int offered, Duration interval, Duration faultAfter, ServiceProcess subscribeThrough,
            Fault fault) throws Exception {
        Api.unsubscribeAll(PARTNER);
        try (WebhookReceiver salavan = WebhookReceiver.start();
                TopicWatcher tipTopic = TopicWatcher.watch(Topics.HOTLINE_TIPS);
                TopicWatcher requestTopic = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            salavan.trust(subscribeWebhook(subscribeThrough, PARTNER, salavan.url()));
            Intake intake = new Intake(name);
            CompletableFuture<Void> flowing = CompletableFuture.runAsync(() -> intake.offer(offered, interval));
            LockSupport.parkNanos(faultAfter.toNanos());
            fault.inject();
            flowing.get(5, TimeUnit.MINUTES);
            List<String> accepted = intake.accepted();

            Set<String> inCases = ConcurrentHashMap.newKeySet();
            await("every tip in case-service").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                accepted.stream().filter(id -> !inCases.contains(id)).forEach(id -> {
                    if (inCaseService(id)) {
                        inCases.add(id);
                    }
                });
                return inCases.size() == accepted.size();
            });
            Function<ConsumerRecord<String, byte[]>, String> tipOf = r -> accepted.stream().filter(Flow.text(r)::contains).findFirst().orElse(null);
            await("an alert request for every tip").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> requestTopic.drain(r -> tipOf.apply(r) != null, Duration.ofMillis(300)).stream().map(tipOf).distinct().count()
                            == accepted.size());
            await("every alert at the partner's webhook").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> webhookIds(salavan, accepted).size() == accepted.size());
            // redeliveries, if any, come now: give them a moment before counting
            List<ConsumerRecord<String, byte[]>> requests = requestTopic.drain(r -> tipOf.apply(r) != null, Duration.ofSeconds(3));
            List<ConsumerRecord<String, byte[]>> tipEvents = tipTopic.drain(r -> accepted.contains(r.key()), Duration.ofSeconds(1));
            Map<String, Map<String, Set<String>>> atPartner = webhookIds(salavan, accepted);

            Map<String, Long> requestsPerTip = Flow.distinctEventsPerKey(requests, tipOf);
            long webhookRedeliveries = salavan.calls().stream()
                    .filter(c -> c.answered() < 300 && accepted.stream().anyMatch(c.body()::contains)).count()
                    - atPartner.values().stream().flatMap(tiers -> tiers.values().stream()).mapToLong(Set::size).sum();
            long duplicates = Flow.redeliveries(tipEvents) + Flow.redeliveries(requests) + webhookRedeliveries;
            long outOfOrder = Flow.outOfOrder(tipEvents) + Flow.requestsBeforeTheirTriage(requests, tipEvents, tipOf);
            Set<String> delivered = atPartner.keySet();
            Flow.summary(name, offered, accepted.size(), delivered.size(), duplicates, Flow.lost(Set.copyOf(accepted), delivered), outOfOrder);
            System.out.println("      answers " + intake.answers() + ", requests sent again to the other instance " + intake.unanswered());

            assertEquals(List.of(), intake.unexpected(), "answers a balancer must not get");
            assertEquals(offered, accepted.size(), "tips accepted");
            assertEquals(Set.copyOf(accepted), inCases, "tips in case-service");
            assertEquals(0, Flow.lost(Set.copyOf(accepted), delivered), "tips whose alert never reached the webhook");
            assertEquals(0, outOfOrder, "tips whose events, or alert requests, are out of order");
            assertTrue(requestsPerTip.values().stream().allMatch(n -> n == 1), "one alert request per tip: " + requestsPerTip);
            assertTrue(atPartner.values().stream().allMatch(tiers -> tiers.values().stream().allMatch(ids -> ids.size() == 1)),
                    "every alert (and each escalated copy) delivered once, by webhook-id: " + atPartner);
        }
    }

    /** Tip → tier → the webhook-ids of its successful calls (an escalation reaches the partner again, at the next tier). */
    private static Map<String, Map<String, Set<String>>> webhookIds(WebhookReceiver receiver, List<String> tips) {
        Map<String, Map<String, Set<String>>> perTip = new TreeMap<>();
        for (WebhookReceiver.Call call : receiver.calls()) {
            if (call.answered() >= 300) {
                continue;
            }
            tips.stream().filter(call.body()::contains).findFirst().ifPresent(tip -> perTip.computeIfAbsent(tip, t -> new TreeMap<>())
                    .computeIfAbsent(call.json().path("data").path("tier").asText(), t -> new TreeSet<>())
                    .add(call.header("webhook-id")));
        }
        return perTip;
    }

    private static boolean inCaseService(String tipId) {
        Response response = balanced(CASES, tipId.hashCode(), "GET case-service tip", null, s -> Api.as(s, "analyst", AGENCY)
                .config(TIMEOUTS).when().get("/api/v1/tips/" + tipId), Set.of(200, 404), () -> false);
        return response != null && response.statusCode() == 200;
    }

    private static String subscribeWebhook(ServiceProcess notifications, String agency, String url) {
        return Api.as(notifications, "liaison-officer", agency)
                .body(Map.of("channel", "WEBHOOK", "url", url, "description", "Trực ban công an tỉnh Salavan"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .extract().path("secret");
    }

    /** Tips offered and how the hotline instances answered. */
    private static final class Intake {

        private final String situation;
        private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        private final Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger unanswered = new AtomicInteger();

        Intake(String situation) {
            this.situation = situation;
        }

        /** Tip i is posted at start + i × interval (or as soon as the one before is done), then triaged. */
        void offer(int count, Duration interval) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                LockSupport.parkNanos(start + i * interval.toNanos() - System.nanoTime());
                String tip = post(i);
                if (tip != null && triage(i, tip)) {
                    accepted.add(tip);
                }
            }
        }

        private String post(int i) {
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = Fixtures.tip("DRUG_TRAFFICKING", "VN-26", "Tin báo số " + i + " (" + situation + ")", "vi");
            Response response = balanced(HOTLINES, i, "POST /api/v1/tips", this, s -> Api.as(s, "duty-officer", AGENCY).config(TIMEOUTS)
                    .header("Idempotency-Key", key).body(body)
                    .when().post("/api/v1/tips"), Set.of(201), () -> false);
            return response == null ? null : response.path("id");
        }

        /** Triage has no Idempotency-Key: a retry after an unanswered one may find it done (409, 412), which the tip shows. */
        private boolean triage(int i, String tip) {
            Response response = balanced(HOTLINES, i + 1, "POST /api/v1/tips/{id}/triage", this, s -> Api.as(s, "analyst", AGENCY)
                    .config(TIMEOUTS).header("If-Match", "\"0\"").body(Fixtures.triage("FLASH", "AMBER", "BILATERAL", List.of(PARTNER)))
                    .when().post("/api/v1/tips/" + tip + "/triage"), Set.of(200), () -> "TRIAGED".equals(status(i, tip)));
            return response != null;
        }

        private static String status(int i, String tip) {
            Response response = balanced(HOTLINES, i, "GET /api/v1/tips/{id}", null, s -> Api.as(s, "analyst", AGENCY).config(TIMEOUTS)
                    .when().get("/api/v1/tips/" + tip), Set.of(200), () -> false);
            return response == null ? null : response.path("status");
        }

        void answered(int status) {
            answers.merge(status, 1, Integer::sum);
        }

        List<String> accepted() {
            return List.copyOf(accepted);
        }

        Map<Integer, Integer> answers() {
            return new TreeMap<>(answers);
        }

        List<String> unexpected() {
            return List.copyOf(unexpected);
        }

        int unanswered() {
            return unanswered.get();
        }
    }

    /**
     * As a load balancer: sends the request to instance {@code first} (modulo), and when it does not answer, or answers
     * 503, to the next one, for at most {@link #REQUEST_PATIENCE}. Returns the answer if it is one of {@code expected},
     * or the last answer if the request went unanswered once and {@code doneAlready} says it took effect; otherwise
     * records the answer as unexpected (when {@code intake} is given) and returns null.
     */
    private static Response balanced(List<ServiceProcess> instances, int first, String what, Intake intake,
            Function<ServiceProcess, Response> call, Set<Integer> expected, BooleanSupplier doneAlready) {
        long deadline = System.nanoTime() + REQUEST_PATIENCE.toNanos();
        boolean wentUnanswered = false;
        String last = "no answer";
        for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
            ServiceProcess instance = instances.get(Math.floorMod(first + attempt, instances.size()));
            Response response;
            try {
                response = call.apply(instance);
            } catch (Exception e) { // REST Assured throws the client's IOExceptions unchecked, undeclared
                if (!unanswered(e)) {
                    throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
                wentUnanswered = true;
                last = instance.instanceName() + " did not answer: " + e;
                if (intake != null) {
                    intake.unanswered.incrementAndGet();
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
                continue;
            }
            if (intake != null) {
                intake.answered(response.statusCode());
            }
            if (expected.contains(response.statusCode())) {
                return response;
            }
            if (response.statusCode() == 503) {
                last = instance.instanceName() + " answered 503";
                LockSupport.parkNanos(Duration.ofSeconds(retryAfter(response)).toNanos());
                continue;
            }
            if (wentUnanswered && (response.statusCode() == 409 || response.statusCode() == 412) && doneAlready.getAsBoolean()) {
                return response;
            }
            last = instance.instanceName() + " answered " + response.statusCode() + " " + response.asString();
            break;
        }
        if (intake != null) {
            intake.unexpected.add(what + ": " + last);
        }
        return null;
    }

    private static long retryAfter(Response response) {
        try {
            return Math.max(1, Math.min(5, Long.parseLong(response.header("Retry-After"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Refused, reset or timed out: the instance is gone (or going), the request may or may not have taken effect. */
    private static boolean unanswered(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** {@code pg_ctlcluster 15 main restart}, as root or the postgres user, else through {@code sudo -n} (as ./suite does). */
    private static void restartPostgres() throws Exception {
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster", PG_VERSION, PG_CLUSTER, "restart"));
        String user = System.getProperty("user.name");
        if (!user.equals("root") && !user.equals("postgres")) {
            command.addAll(0, List.of("sudo", "-n"));
        }
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

}
