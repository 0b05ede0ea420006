package vnla.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;

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
    static void summary(String fault, int offered, int accepted, long delivered, long duplicates, long lost) {
        System.out.printf("FAULT %-45s offered=%d accepted=%d delivered=%d duplicates=%d lost=%d%n", fault, offered, accepted,
                delivered, duplicates, lost);
    }

    static long lost(Set<String> accepted, Set<String> delivered) {
        return accepted.stream().filter(id -> !delivered.contains(id)).count();
    }
}
