package vnla.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vnla.common.event.Topics;
import vnla.testing.TestStack;
import vnla.testing.TopicWatcher;
import vnla.testing.WebhookReceiver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults 5–8: the broker, case-service, the partner's endpoint and notification-service fail; nothing is lost or doubled. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final String PARTNER = "la.salavan";

    @BeforeAll
    static void suite() {
        Suite.up();
        Api.agreement("vn.hue", PARTNER, "2025-11-20", null);
    }

    @AfterEach
    void everythingBackUp() throws Exception {
        TestStack.kafka().start();
        Suite.up();
    }

    @Test
    @Order(5)
    void brokerStoppedWhileTipsArePostedLosesNothing() throws Exception {
        int offered = 200;
        Set<String> accepted = new HashSet<>();
        try (TopicWatcher tips = TopicWatcher.watch(Topics.HOTLINE_TIPS)) {
            TestStack.kafka().stop();
            long start = System.nanoTime();
            long interval = Duration.ofSeconds(30).toNanos() / offered;
            for (int i = 0; i < offered; i++) {
                // paced load: tip i is posted at start + i × interval, so the outage lasts the whole 30 s
                LockSupport.parkNanos(start + i * interval - System.nanoTime());
                String id = Flow.postTip("vn.hue", "VN-26", "Tin báo số " + i + " trong lúc Kafka ngừng");
                if (id != null) {
                    accepted.add(id);
                }
            }
            TestStack.kafka().start();

            Set<String> delivered = ConcurrentHashMap.newKeySet();
            await("every tip in case-service").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                accepted.stream().filter(id -> !delivered.contains(id)).forEach(id -> {
                    if (Api.cases("analyst", "vn.hue").when().get("/api/v1/tips/" + id).then().extract().statusCode() == 200) {
                        delivered.add(id);
                    }
                });
                return delivered.size() == accepted.size();
            });
            List<ConsumerRecord<String, byte[]>> published = tips.drain(r -> accepted.contains(r.key()), Duration.ofSeconds(2));
            long duplicates = published.size() - Flow.distinctEventsPerKey(published, ConsumerRecord::key).values().stream().mapToLong(l -> l).sum();
            long outOfOrder = Flow.outOfOrder(published);
            Flow.summary("Kafka stopped 30 s during intake", offered, accepted.size(), delivered.size(), duplicates,
                    Flow.lost(accepted, delivered), outOfOrder);
            assertEquals(offered, accepted.size());
            assertEquals(0, outOfOrder, "tips whose events are out of order");
            assertEquals(accepted, delivered);
            assertTrue(Flow.distinctEventsPerKey(published, ConsumerRecord::key).values().stream().allMatch(n -> n == 1));
        }
    }

    @Test
    @Order(6)
    void caseServiceKilledWhileTipsFlowLosesAndDoublesNothing() throws Exception {
        int offered = 60;
        List<String> accepted = new ArrayList<>();
        try (TopicWatcher requests = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS); TopicWatcher tips = TopicWatcher.watch(Topics.HOTLINE_TIPS)) {
            for (int i = 0; i < offered; i++) {
                String id = Flow.postTip("vn.hue", "VN-26", "Tin báo số " + i + " trong lúc case-service sập");
                Flow.triageForPartner("vn.hue", id, PARTNER);
                accepted.add(id);
                if (i == offered / 2) {
                    Suite.CASES.kill();
                }
            }
            Suite.CASES.start();

            Set<String> delivered = ConcurrentHashMap.newKeySet();
            await("every tip in case-service").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                accepted.stream().filter(id -> !delivered.contains(id)).forEach(id -> {
                    if (Api.cases("analyst", "vn.hue").when().get("/api/v1/tips/" + id).then().extract().statusCode() == 200) {
                        delivered.add(id);
                    }
                });
                return delivered.size() == accepted.size();
            });
            List<ConsumerRecord<String, byte[]>> alertRequests = requests.await(r -> accepted.stream().anyMatch(Flow.text(r)::contains),
                    offered, Duration.ofMinutes(2));
            alertRequests = requests.drain(r -> accepted.stream().anyMatch(Flow.text(r)::contains), Duration.ofSeconds(3));
            Function<ConsumerRecord<String, byte[]>, String> tipOf = r -> accepted.stream().filter(Flow.text(r)::contains).findFirst().orElseThrow();
            Map<String, Long> perTip = Flow.distinctEventsPerKey(alertRequests, tipOf);
            long duplicates = alertRequests.size() - perTip.values().stream().mapToLong(l -> l).sum();
            List<ConsumerRecord<String, byte[]>> tipEvents = tips.drain(r -> accepted.contains(r.key()), Duration.ofSeconds(1));
            long outOfOrder = Flow.outOfOrder(tipEvents) + Flow.requestsBeforeTheirTriage(alertRequests, tipEvents, tipOf);
            Flow.summary("case-service SIGKILL while tips flow", offered, accepted.size(), perTip.size(), duplicates,
                    offered - perTip.size(), outOfOrder);
            assertEquals(Set.copyOf(accepted), delivered);
            assertEquals(0, outOfOrder, "tips whose events, or alert requests, are out of order");
            assertEquals(offered, perTip.size(), "one alert request per tip");
            assertTrue(perTip.values().stream().allMatch(n -> n == 1), "no alert request doubled: " + perTip);
        }
    }

    @Test
    @Order(7)
    void partnerEndpointDownForTwoMinutesGetsEveryAlertOnce() {
        Api.unsubscribeAll(PARTNER);
        AtomicBoolean up = new AtomicBoolean(false);
        try (WebhookReceiver salavan = WebhookReceiver.start(); TopicWatcher tipTopic = TopicWatcher.watch(Topics.HOTLINE_TIPS)) {
            salavan.trust(Api.subscribeWebhook(PARTNER, salavan.url()))
                    .answering(n -> up.get() ? WebhookReceiver.Reply.of(204) : WebhookReceiver.Reply.of(503));
            int offered = 20;
            List<String> tips = alertingTips(offered, "khi máy chủ đối tác ngừng");
            await().pollDelay(Duration.ofMinutes(2)).atMost(Duration.ofMinutes(3)).until(() -> true);
            up.set(true);

            await("every alert delivered").atMost(Duration.ofMinutes(2)).until(() -> succeeded(salavan, tips).size() == offered);
            await().pollDelay(Duration.ofSeconds(5)).until(() -> true);
            long duplicates = duplicateSuccesses(salavan, tips);
            // unacknowledged FLASH alerts also escalate during the outage: each tier's copy is a delivery of its own
            long outOfOrder = Flow.outOfOrder(tipTopic.drain(r -> tips.contains(r.key()), Duration.ofSeconds(1)));
            Flow.summary("partner webhook down 2 min", offered, offered, succeeded(salavan, tips).size(), duplicates,
                    offered - succeeded(salavan, tips).size(), outOfOrder);
            assertEquals(offered, succeeded(salavan, tips).size());
            assertEquals(0, duplicates);
            assertEquals(0, outOfOrder, "tips whose events are out of order");
        }
    }

    @Test
    @Order(8)
    void notificationServiceKilledMidRetryResumesDeliveries() {
        Api.unsubscribeAll(PARTNER);
        AtomicBoolean up = new AtomicBoolean(false);
        try (WebhookReceiver salavan = WebhookReceiver.start(); TopicWatcher tipTopic = TopicWatcher.watch(Topics.HOTLINE_TIPS)) {
            salavan.trust(Api.subscribeWebhook(PARTNER, salavan.url()))
                    .answering(n -> up.get() ? WebhookReceiver.Reply.of(204) : WebhookReceiver.Reply.of(503));
            int offered = 10;
            List<String> tips = alertingTips(offered, "khi notification-service sập");
            await("failed attempts under way").atMost(Duration.ofMinutes(1))
                    .until(() -> salavan.calls().stream().filter(c -> tips.stream().anyMatch(c.body()::contains)).map(c -> c.header("webhook-id"))
                            .distinct().count() == offered);

            Suite.NOTIFICATIONS.kill();
            up.set(true);
            Suite.NOTIFICATIONS.start();

            await("deliveries resumed").atMost(Duration.ofMinutes(2)).until(() -> succeeded(salavan, tips).size() == offered);
            long duplicates = duplicateSuccesses(salavan, tips);
            long outOfOrder = Flow.outOfOrder(tipTopic.drain(r -> tips.contains(r.key()), Duration.ofSeconds(1)));
            Flow.summary("notification-service SIGKILL mid-retry", offered, offered, succeeded(salavan, tips).size(), duplicates,
                    offered - succeeded(salavan, tips).size(), outOfOrder);
            assertEquals(offered, succeeded(salavan, tips).size());
            assertEquals(0, duplicates);
            assertEquals(0, outOfOrder, "tips whose events are out of order");
        }
    }

    /** Tips posted in the Huế hotline and triaged FLASH for the partner, so each one is alerted. */
    private static List<String> alertingTips(int count, String situation) {
        List<String> tips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = Flow.postTip("vn.hue", "VN-26", "Tin báo số " + i + " " + situation);
            Flow.triageForPartner("vn.hue", id, PARTNER);
            tips.add(id);
        }
        return tips;
    }

    /** Successful calls beyond the first for the same webhook-id: the receiver must never see one. */
    private static long duplicateSuccesses(WebhookReceiver receiver, List<String> tips) {
        return receiver.calls().stream()
                .filter(c -> c.answered() < 300 && tips.stream().anyMatch(c.body()::contains))
                .collect(Collectors.groupingBy(c -> c.header("webhook-id"), Collectors.counting()))
                .values().stream().mapToLong(n -> n - 1).sum();
    }

    private static Set<String> succeeded(WebhookReceiver receiver, List<String> tips) {
        return receiver.calls().stream()
                .filter(c -> c.answered() < 300)
                .flatMap(c -> tips.stream().filter(c.body()::contains))
                .collect(Collectors.toSet());
    }
}
