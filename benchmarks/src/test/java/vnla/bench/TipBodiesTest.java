package vnla.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The pieces that need no running service: bodies, pgbench scripts, webhook signatures, percentiles. */
class TipBodiesTest {

    @Test
    void bodiesAreVietnameseOrLaoWithEntitiesAndVary() {
        TipBodies bodies = new TipBodies(42);
        Set<String> languages = new HashSet<>();
        Set<String> descriptions = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Map<String, Object> tip = bodies.nextTip();
            languages.add((String) tip.get("language"));
            descriptions.add((String) tip.get("description"));
            assertTrue(tip.containsKey("entities"));
            assertTrue(tip.containsKey("reporter"));
        }
        assertEquals(Set.of("vi", "lo"), languages);
        assertTrue(descriptions.size() > 20, "descriptions hardly vary: " + descriptions.size());
        assertTrue(bodies.next().startsWith("{\"channel\""));
    }

    @Test
    void pgbenchScriptBindsTextWithColonsAsParameters() {
        Map<String, String> defines = new java.util.LinkedHashMap<>();
        String script = PgbenchCeiling.script(3, new TipBodies(7).nextTip(), defines);
        assertTrue(script.contains("SELECT next_tip_number('HUE', 2026) AS bench_seq"));
        assertTrue(script.contains("INSERT INTO tip ("));
        assertTrue(script.contains("INSERT INTO reporter"));
        assertTrue(script.contains("INSERT INTO outbox_event"));
        assertTrue(script.contains(":bench_payload_3::jsonb"));
        assertEquals(List.of("bench_occurred_3", "bench_description_3", "bench_entities_3", "bench_payload_3"), List.copyOf(defines.keySet()));
        for (String line : script.split("\n")) {
            String sqlOnly = line.replaceAll(":bench_[a-z0-9_]+", "").replace("::", "");
            assertFalse(sqlOnly.contains(":"), "a colon pgbench would take for a variable: " + line);
        }
    }

    @Test
    void percentilesComeOutInMilliseconds() {
        Histogram h = Latency.newHistogram();
        for (int i = 1; i <= 1000; i++) {
            h.recordValue(i * 1000L);
        }
        Latency l = Latency.of(h);
        assertEquals(1000, l.count());
        assertEquals(500, l.p50(), 1);
        assertEquals(990, l.p99(), 1);
        assertEquals(1000, l.max(), 1);
    }
}
