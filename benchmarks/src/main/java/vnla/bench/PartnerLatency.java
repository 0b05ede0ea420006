package vnla.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vnla.testing.Tokens;
import vnla.testing.WebhookReceiver;

/**
 * Tip to partner: at a steady rate, a duty officer records a tip and an analyst triages it FLASH, cross-border,
 * AMBER/BILATERAL to {@value #PARTNER}, with an agreement in force; case-service then asks for an alert and
 * notification-service delivers it to the partner's webhook (a local {@link WebhookReceiver}) and Kafka topic. Latency
 * runs from the tip POST's intended send time to the verified arrival.
 */
public final class PartnerLatency {

    static final String SENDER = "vn.hue";
    static final String PARTNER = "la.salavan";
    /** How the benchmark names its subscriptions, so a later run finds and deletes those an interrupted one left. */
    static final String BENCH_SUBSCRIPTION = "benchmark ";
    static final String PARTNER_TOPIC = "alerts.partner." + PARTNER + ".v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What arrived, and how fast. */
    public record Result(double rate, double seconds, long tips, long triaged, long errors, long webhookArrived,
            long kafkaArrived, long badSignatures, Latency webhook, Latency kafka, Latency webhookAfterTriage,
            Map<String, Latency> hops, List<Windows.Window> windows, Map<String, Long> failures, Map<String, Double> cpuMsPerTip) {
    }

    /** The hops of the path, each from the previous point seen to this one, for where the time goes. */
    static final List<String> HOPS = List.of(
            "triage answered → hotline.tip.triaged on hotline.tips.v1 (hotline outbox relay)",
            "hotline.tips.v1 → cases.alert-requests.v1 (case-service consumes, decides, commits, relays)",
            "cases.alert-requests.v1 → webhook arrived (notification-service consumes, schedules, signs, POSTs)",
            "cases.alert-requests.v1 → alerts.partner topic (notification-service consumes, commits, relays)");

    private final String hotline;
    private final String cases;
    private final String notifications;
    private final String bootstrap;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public PartnerLatency(String hotline, String cases, String notifications, String bootstrap) {
        this.hotline = hotline;
        this.cases = cases;
        this.notifications = notifications;
        this.bootstrap = bootstrap;
    }

    /** Why the benchmark cannot run now, or null when every service it needs is ready. */
    public String missing() {
        List<String> missing = new ArrayList<>();
        if (!Probe.ready(hotline)) {
            missing.add("hotline-service (" + hotline + ")");
        }
        if (!Probe.ready(cases)) {
            missing.add("case-service (" + cases + ")");
        }
        if (!Probe.ready(notifications)) {
            missing.add("notification-service (" + notifications + ")");
        }
        if (!Probe.tcp(bootstrap)) {
            missing.add("Kafka (" + bootstrap + ")");
        }
        return missing.isEmpty() ? null : String.join(", ", missing) + " not ready";
    }

    /** How far behind case-service was on hotline.tips.v1 (e.g. after the intake benchmark), and how long it took to catch up. */
    public record CatchUp(long lag, double seconds) {
    }

    /**
     * Waits until case-service's consumer group has committed every record of hotline.tips.v1, so the tips of this
     * benchmark do not queue behind the intake benchmark's thousands. Gives up after {@code atMost}.
     */
    public CatchUp waitForCaseService(String group, Duration atMost) throws Exception {
        long start = System.nanoTime();
        long first = -1;
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                adminConfig())) {
            while (true) {
                var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new LinkedHashMap<>();
                committed.keySet().stream().filter(tp -> tp.topic().equals("hotline.tips.v1"))
                        .forEach(tp -> latest.put(tp, org.apache.kafka.clients.admin.OffsetSpec.latest()));
                long lag = 0;
                for (var end : admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet()) {
                    var at = committed.get(end.getKey());
                    lag += Math.max(0, end.getValue().offset() - (at == null ? 0 : at.offset()));
                }
                if (first < 0) {
                    first = lag;
                }
                if (lag == 0 || System.nanoTime() - start > atMost.toNanos()) {
                    return new CatchUp(first, (System.nanoTime() - start) / 1e9);
                }
                TimeUnit.SECONDS.sleep(1);
            }
        }
    }

    public Result run(double rate, double seconds, long seed) throws Exception {
        return run(rate, seconds, seed, () -> {
        });
    }

    /** Something to do once the agreement, the subscriptions and the benchmark's receivers are in place, before the load. */
    public interface BeforeLoad {
        void run() throws Exception;
    }

    /**
     * Like {@link #run(double, double, long)}, doing {@code beforeLoad} (e.g. restarting the services, for the first
     * seconds after a start) right before the load begins.
     */
    public Result run(double rate, double seconds, long seed, BeforeLoad beforeLoad) throws Exception {
        Windows windows = new Windows(seconds);
        String dutyOfficer = Tokens.forRole("duty-officer", SENDER);
        String analyst = Tokens.forRole("analyst", SENDER);
        String admin = Tokens.forRole("admin", SENDER);
        String liaison = Tokens.forRole("liaison-officer", PARTNER);
        Map<String, Long> intended = new ConcurrentHashMap<>();
        Map<String, Long> triagedAt = new ConcurrentHashMap<>();
        Histogram webhook = Latency.newHistogram();
        Histogram afterTriage = Latency.newHistogram();
        Histogram kafka = Latency.newHistogram();
        AtomicLong webhookArrived = new AtomicLong();
        AtomicLong kafkaArrived = new AtomicLong();
        Map<String, Boolean> seenWebhook = new ConcurrentHashMap<>();
        Map<String, Boolean> seenKafka = new ConcurrentHashMap<>();
        java.util.Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        Map<String, Long> onTips = new ConcurrentHashMap<>();
        Map<String, Long> onRequests = new ConcurrentHashMap<>();
        Map<String, Long> onWebhook = new ConcurrentHashMap<>();
        Map<String, Long> onPartner = new ConcurrentHashMap<>();
        agreementInForce(admin);
        removeLeftovers(liaison);
        List<String> subscriptions = new ArrayList<>();
        Consuming partnerReader = null;
        try (WebhookReceiver receiver = WebhookReceiver.start().onEachCall(call -> {
            String tipId = call.verified() ? call.json().path("data").path("references").path("tipId").asText(null) : null;
            Long from = tipId == null ? null : intended.get(tipId);
            long arrived = call.arrivedNanos();
            if (from != null && seenWebhook.putIfAbsent(tipId, true) == null) {
                webhook.recordValue(Math.max(1, (arrived - from) / 1000));
                windows.arrived(from, arrived);
                Long triaged = triagedAt.get(tipId);
                if (triaged != null) {
                    afterTriage.recordValue(Math.max(1, (arrived - triaged) / 1000));
                }
                webhookArrived.incrementAndGet();
                onWebhook.put(tipId, arrived);
                // Salavan's liaison officer acknowledges, as on duty: an unacknowledged FLASH alert escalates after
                // 15 minutes, and the copies for the next tier would load the later runs
                String alertId = call.json().path("data").path("alertId").asText(null);
                if (alertId != null) {
                    acknowledge(liaison, alertId).thenAccept(answer -> {
                        if (answer.statusCode() == 201) {
                            acknowledged.add(tipId);
                        }
                    }).exceptionally(e -> null);
                }
            }
        });
                Consuming tipsTopic = new Consuming(bootstrap, "hotline.tips.v1", Duration.ofSeconds(20), record -> {
                    var type = record.headers().lastHeader("ce_type");
                    if (type != null && new String(type.value(), StandardCharsets.UTF_8).equals("hotline.tip.triaged")) {
                        onTips.putIfAbsent(record.key(), System.nanoTime());
                    }
                });
                Consuming requestsTopic = new Consuming(bootstrap, "cases.alert-requests.v1", Duration.ofSeconds(20), record -> {
                    long arrived = System.nanoTime();
                    String tipId = tipIdOf(record.value());
                    if (tipId != null) {
                        onRequests.putIfAbsent(tipId, arrived);
                    }
                })) {
            JsonNode hook = subscribe(liaison, Map.of("channel", "WEBHOOK", "url", receiver.url(),
                    "filters", Map.of("priorities", List.of("FLASH")), "description", BENCH_SUBSCRIPTION + "webhook receiver (./suite bench)"));
            subscriptions.add(hook.path("id").asText());
            receiver.trust(hook.path("secret").asText());
            JsonNode topic = subscribe(liaison, Map.of("channel", "KAFKA",
                    "filters", Map.of("priorities", List.of("FLASH")), "description", BENCH_SUBSCRIPTION + "Kafka consumer (./suite bench)"));
            if (topic.hasNonNull("id")) {
                subscriptions.add(topic.path("id").asText());
            }
            // the partner's own path: its subscription's user on the SASL_SSL listener, once provisioned; when the
            // agency had a KAFKA subscription already (409, no password), the super-user on loopback reads the topic
            partnerReader = new Consuming(partnerClient(liaison, topic), "partner." + PARTNER + ".bench-", PARTNER_TOPIC,
                    Duration.ofSeconds(20), record -> {
                        long arrived = System.nanoTime();
                        String tipId = tipIdOf(record.value());
                        Long from = tipId == null ? null : intended.get(tipId);
                        if (from != null && seenKafka.putIfAbsent(tipId, true) == null) {
                            kafka.recordValue(Math.max(1, (arrived - from) / 1000));
                            kafkaArrived.incrementAndGet();
                            onPartner.put(tipId, arrived);
                        }
                    });

            TipBodies bodies = new TipBodies(seed);
            AtomicLong triaged = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            List<CompletableFuture<?>> calls = java.util.Collections.synchronizedList(new ArrayList<>());
            beforeLoad.run();
            CpuUse cpu = new CpuUse(java.nio.file.Path.of(System.getProperty("bench.root", ".")));
            Map<String, Double> cpuBefore = cpu.now();
            windows.begin();
            Map<String, Long> failures = new ConcurrentHashMap<>();
            long tips = OpenLoop.run(rate, seconds, from -> {
                windows.sent(from);
                calls.add(post(hotline + "/api/v1/tips", dutyOfficer, bodies.next(), Map.of())
                            .thenCompose(created -> {
                                if (created.statusCode() != 201) {
                                    throw new IllegalStateException("tip POST answered " + created.statusCode());
                                }
                                JsonNode tip = read(created.body());
                                String id = tip.path("id").asText();
                                intended.put(id, from);
                                return post(hotline + "/api/v1/tips/" + id + "/triage", analyst, TipBodies.json(flashTriage()),
                                        Map.of("If-Match", "\"" + tip.path("version").asLong() + "\""))
                                        .thenApply(answer -> {
                                            if (answer.statusCode() != 200) {
                                                throw new IllegalStateException("triage answered " + answer.statusCode() + ": " + answer.body());
                                            }
                                            triagedAt.put(id, System.nanoTime());
                                            return answer;
                                        });
                            })
                            .whenComplete((answer, failure) -> {
                                if (failure == null) {
                                    triaged.incrementAndGet();
                                } else {
                                    errors.incrementAndGet();
                                    windows.failed(from);
                                    failures.merge(reason(failure), 1L, Long::sum);
                                }
                            }));
            });
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(60, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while ((webhookArrived.get() < triaged.get() || kafkaArrived.get() < triaged.get()) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            Map<String, Double> cpuMsPerTip = CpuUse.perTip(cpuBefore, cpu.now(), triaged.get());
            Map<String, Latency> hops = new LinkedHashMap<>();
            hops.put(HOPS.get(0), between(triagedAt, onTips));
            hops.put(HOPS.get(1), between(onTips, onRequests));
            hops.put(HOPS.get(2), between(onRequests, onWebhook));
            hops.put(HOPS.get(3), between(onRequests, onPartner));
            return new Result(rate, seconds, tips, triaged.get(), errors.get(), webhookArrived.get(), kafkaArrived.get(),
                    receiver.calls().stream().filter(call -> !call.verified()).count(), Latency.of(webhook), Latency.of(kafka), Latency.of(afterTriage), hops,
                    windows.windows(), failures, cpuMsPerTip);
        } finally {
            if (partnerReader != null) {
                partnerReader.close();
            }
            java.util.Set<String> unacknowledged = new java.util.HashSet<>(intended.keySet());
            unacknowledged.removeAll(acknowledged);
            acknowledgeTheRest(liaison, unacknowledged);
            for (String id : subscriptions) {
                unsubscribe(liaison, id);
            }
            executor.shutdownNow();
        }
    }

    /**
     * Salavan's liaison officer acknowledges this run's alerts that reached no receiver in time (a run that fell behind):
     * left unacknowledged, each would escalate 15 minutes later and load a later run with the next tier's copies.
     */
    private void acknowledgeTheRest(String liaison, java.util.Set<String> tipIds) {
        if (tipIds.isEmpty()) {
            return; // every alert was acknowledged when it arrived
        }
        try {
            List<String> left = new ArrayList<>();
            for (int page = 0; page < 50; page++) {
                HttpResponse<String> listed = get(notifications + "/api/v1/alerts?acknowledged=false&priority=FLASH&size=100&page=" + page, liaison);
                JsonNode items = listed.statusCode() == 200 ? read(listed.body()).path("items") : JSON.createArrayNode();
                items.forEach(alert -> {
                    if (tipIds.contains(alert.path("references").path("tipId").asText())) {
                        left.add(alert.path("id").asText());
                    }
                });
                if (items.size() < 100) {
                    break;
                }
            }
            for (String alertId : left) {
                acknowledge(liaison, alertId).get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            System.err.println("bench: could not acknowledge the run's remaining alerts: " + e.getMessage());
        }
    }

    /** Salavan's liaison officer on duty acknowledges the alert. */
    private CompletableFuture<HttpResponse<String>> acknowledge(String liaison, String alertId) {
        return post(notifications + "/api/v1/alerts/" + alertId + "/acknowledgements", liaison,
                TipBodies.json(Map.of("officerName", "ສົມສັກ ວົງສາ", "officerRank", "Major")), Map.of());
    }

    /** Why a tip was not recorded or triaged, short enough to count: "tip POST answered 503", a client error's class. */
    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        return cause instanceof IllegalStateException ? message.replaceAll(":.*", "") : cause.getClass().getSimpleName();
    }

    /** Per tip, the time from its entry in {@code from} to its entry in {@code to} (System.nanoTime of each sighting). */
    private static Latency between(Map<String, Long> from, Map<String, Long> to) {
        Histogram h = Latency.newHistogram();
        to.forEach((tip, at) -> {
            Long start = from.get(tip);
            if (start != null) {
                h.recordValue(Math.max(1, Math.min((at - start) / 1000, h.getHighestTrackableValue())));
            }
        });
        return Latency.of(h);
    }

    static Map<String, Object> flashTriage() {
        Map<String, Object> triage = new LinkedHashMap<>();
        triage.put("grading", Map.of("sourceReliability", "B", "informationCredibility", 2));
        triage.put("priority", "FLASH");
        triage.put("handlingCode", Map.of("tlp", "AMBER", "releasability", "BILATERAL"));
        triage.put("crossBorder", true);
        triage.put("partnerAgencies", List.of(PARTNER));
        return triage;
    }

    /** An agreement vn.hue – la.salavan in force from yesterday (Indochina time), open-ended: proposed by Huế, countersigned by Salavan. */
    private void agreementInForce(String admin) throws Exception {
        // one agreement for all runs: each run signing another would leave case-service checking dozens per alert
        HttpResponse<String> listed = get(cases + "/api/v1/agreements?agency=" + PARTNER + "&size=100", admin);
        if (listed.statusCode() == 200) {
            for (JsonNode existing : read(listed.body()).path("items")) {
                if (existing.path("inForce").asBoolean() && existing.path("categories").isEmpty()) {
                    return;
                }
            }
        }
        Map<String, Object> agreement = Map.of("agencies", List.of(SENDER, PARTNER),
                "title", "Quy chế phối hợp (benchmark) – ສັນຍາຮ່ວມມື",
                "validFrom", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString());
        HttpResponse<String> answer = post(cases + "/api/v1/agreements", admin, TipBodies.json(agreement), Map.of()).get(30, TimeUnit.SECONDS);
        if (answer.statusCode() != 201) {
            throw new IOException("case-service refused the agreement: " + answer.statusCode() + " " + answer.body());
        }
        String countersignature = cases + "/api/v1/agreements/" + read(answer.body()).path("id").asText() + "/countersignature";
        HttpResponse<String> signed = post(countersignature, Tokens.forRole("admin", PARTNER), "", Map.of()).get(30, TimeUnit.SECONDS);
        if (signed.statusCode() != 200) {
            throw new IOException("case-service refused the countersignature: " + signed.statusCode() + " " + signed.body());
        }
    }

    private JsonNode subscribe(String liaison, Map<String, Object> subscription) throws Exception {
        HttpResponse<String> answer = post(notifications + "/api/v1/subscriptions", liaison, TipBodies.json(subscription), Map.of())
                .get(30, TimeUnit.SECONDS);
        if (answer.statusCode() == 409) {
            return JSON.createObjectNode(); // the agency's Kafka subscription exists already: its topic gets the alerts anyway
        }
        if (answer.statusCode() != 201) {
            throw new IOException("notification-service refused the subscription: " + answer.statusCode() + " " + answer.body());
        }
        return read(answer.body());
    }

    /** Client settings of the partner reading its topic: its KAFKA subscription's user over TLS once ACTIVE. */
    private Map<String, Object> partnerClient(String liaison, JsonNode subscription) throws Exception {
        if (!subscription.hasNonNull("kafkaPassword")) {
            System.err.println("bench: the partner topic is read by the super-user on the loopback SASL_PLAINTEXT listener (the agency's KAFKA subscription existed already)");
            return adminConfig();
        }
        String url = notifications + "/api/v1/subscriptions/" + subscription.path("id").asText();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            HttpResponse<String> answer = get(url, liaison);
            if (answer.statusCode() == 200 && "ACTIVE".equals(read(answer.body()).path("status").asText())) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the KAFKA subscription was not provisioned within 60 s: " + answer.statusCode() + " " + answer.body());
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        System.err.println("bench: the partner topic is read by the partner's own user over SASL_SSL (SCRAM-SHA-512, TLS)");
        return vnla.testing.SuiteKafka.partnerConfig(subscription.path("kafkaUsername").asText(),
                subscription.path("kafkaPassword").asText());
    }

    /**
     * Deletes the benchmark's subscriptions an interrupted run left behind: a webhook whose receiver is gone would
     * otherwise get a copy of every alert of the later runs, retried with backoff, and load notification-service.
     */
    private void removeLeftovers(String liaison) throws Exception {
        HttpResponse<String> answer = get(notifications + "/api/v1/subscriptions?size=100", liaison);
        if (answer.statusCode() != 200) {
            throw new IOException("notification-service did not list the subscriptions: " + answer.statusCode() + " " + answer.body());
        }
        int removed = 0;
        for (JsonNode subscription : read(answer.body()).path("items")) {
            if (subscription.path("description").asText("").startsWith(BENCH_SUBSCRIPTION)) {
                unsubscribe(liaison, subscription.path("id").asText());
                removed++;
            }
        }
        if (removed > 0) {
            System.err.printf("bench: deleted %d subscription(s) an interrupted earlier run left%n", removed);
        }
    }

    private void unsubscribe(String liaison, String id) {
        try {
            client.send(HttpRequest.newBuilder(URI.create(notifications + "/api/v1/subscriptions/" + id))
                    .header("Authorization", "Bearer " + liaison).timeout(Duration.ofSeconds(10)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            System.err.println("bench: could not delete subscription " + id + ": " + e.getMessage());
        }
    }

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private CompletableFuture<HttpResponse<String>> post(String url, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    static String tipIdOf(String alertJson) {
        try {
            JsonNode tipId = JSON.readTree(alertJson).path("references").path("tipId");
            return tipId.isTextual() ? tipId.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private Map<String, Object> adminConfig() {
        Map<String, Object> config = vnla.testing.SuiteKafka.adminConfig();
        config.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return config;
    }
}
