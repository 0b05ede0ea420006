package vnla.system;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import vnla.common.event.EventType;
import vnla.testing.TopicWatcher;

/** Steps and counts the system tests share: posting and triaging tips, and the fault tests' summary line. */
final class Flow {

    private Flow() {
    }

    /** Posts a tip (no retry) and returns its id, or null when the hotline did not answer 201. */
    static String postTip(String agency, String province, String description) {
        var response = Api.hotline("duty-officer", agency)
                .body(Fixtures.tip("DRUG_TRAFFICKING", province, description, "vi"))
                .when().post("/api/v1/tips")
                .then().extract();
        return response.statusCode() == 201 ? response.path("id") : null;
    }

    static void triageForPartner(String agency, String tipId, String partner) {
        Api.hotline("analyst", agency)
                .header("If-Match", "\"0\"")
                .body(Fixtures.triage("FLASH", "AMBER", "BILATERAL", List.of(partner)))
                .when().post("/api/v1/tips/" + tipId + "/triage")
                .then().statusCode(200);
    }

    /** How many distinct events (by ce_id) the records hold per key among {@code keys}. */
    static Map<String, Long> distinctEventsPerKey(List<ConsumerRecord<String, byte[]>> records, Function<ConsumerRecord<String, byte[]>, String> key) {
        return records.stream().collect(Collectors.groupingBy(key,
                Collectors.collectingAndThen(Collectors.mapping(r -> TopicWatcher.header(r, "ce_id"), Collectors.toSet()), s -> (long) s.size())));
    }

    static String text(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    /** The one summary line every fault test prints. */
    static void summary(String fault, int offered, int accepted, long delivered, long duplicates, long lost, long outOfOrder) {
        System.out.printf("FAULT %-45s offered=%d accepted=%d delivered=%d duplicates=%d lost=%d out-of-order=%d%n", fault, offered,
                accepted, delivered, duplicates, lost, outOfOrder);
    }

    /** A tip's events in the order they must reach {@code hotline.tips.v1}: received first, then triaged or dismissed. */
    private static final Map<String, Integer> TIP_EVENT_RANK = Map.of(
            EventType.TIP_RECEIVED.type(), 0,
            EventType.TIP_TRIAGED.type(), 1,
            EventType.TIP_DISMISSED.type(), 1);

    /**
     * Tips whose events on {@code hotline.tips.v1} are out of order: an event whose first copy (by offset; one key is one
     * partition) comes before the first copy of one it follows, e.g. triaged before received. A later copy of an event
     * already seen (same {@code ce_id}) is a redelivery the consumer absorbs, not disorder.
     */
    static long outOfOrder(List<ConsumerRecord<String, byte[]>> tipEvents) {
        return firstCopies(tipEvents).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.mapping(r -> TIP_EVENT_RANK.getOrDefault(TopicWatcher.header(r, "ce_type"), 0),
                        Collectors.toList())))
                .values().stream()
                .filter(ranks -> IntStream.range(1, ranks.size()).anyMatch(i -> ranks.get(i) < ranks.get(i - 1)))
                .count();
    }

    /**
     * Alert requests (first copies) written before the triage they follow reached {@code hotline.tips.v1}: by record
     * time, as no alert request can exist before its tip's {@code hotline.tip.triaged}. {@code tipOf} names a request's tip.
     */
    static long requestsBeforeTheirTriage(List<ConsumerRecord<String, byte[]>> alertRequests, List<ConsumerRecord<String, byte[]>> tipEvents,
            Function<ConsumerRecord<String, byte[]>, String> tipOf) {
        Map<String, Long> triagedAt = firstCopies(tipEvents).stream()
                .filter(r -> EventType.TIP_TRIAGED.type().equals(TopicWatcher.header(r, "ce_type")))
                .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::timestamp, Math::min));
        return firstCopies(alertRequests).stream()
                .filter(r -> {
                    Long triaged = triagedAt.get(tipOf.apply(r));
                    return triaged == null || r.timestamp() < triaged;
                })
                .count();
    }

    /** Records beyond the first with the same {@code ce_id}: redeliveries. */
    static long redeliveries(List<ConsumerRecord<String, byte[]>> records) {
        return records.size() - firstCopies(records).size();
    }

    /** The first copy of each event ({@code ce_id}), in partition and offset order. */
    private static List<ConsumerRecord<String, byte[]>> firstCopies(List<ConsumerRecord<String, byte[]>> records) {
        Set<String> seen = new HashSet<>();
        return records.stream()
                .sorted(Comparator.<ConsumerRecord<String, byte[]>>comparingInt(ConsumerRecord::partition).thenComparingLong(ConsumerRecord::offset))
                .filter(r -> seen.add(TopicWatcher.header(r, "ce_id")))
                .toList();
    }

    static long lost(Set<String> accepted, Set<String> delivered) {
        return accepted.stream().filter(id -> !delivered.contains(id)).count();
    }
}
