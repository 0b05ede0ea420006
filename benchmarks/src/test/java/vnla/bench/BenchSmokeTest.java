package vnla.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The benchmark in smoke mode (a few seconds, tiny rates) so it never rots: it must produce numbers, whatever they
 * are. Skipped, not failed, when hotline-service is not running on 8081 (./suite run starts it).
 */
class BenchSmokeTest {

    @Test
    void smokeRunProducesNumbers() throws Exception {
        assumeTrue(Probe.ready("http://127.0.0.1:8081"), "hotline-service is not running on 127.0.0.1:8081 (./suite run)");
        Path out = Files.createTempFile("bench-smoke", ".md");
        Bench.Outcome outcome = Bench.run(Options.parse("--smoke", "--out", out.toString()));

        assertFalse(outcome.intake().isEmpty(), "intake produced no results: " + outcome.skipped());
        for (IntakeLoad.Result r : outcome.intake().get(0)) {
            assertTrue(r.ok() > 0, "no tip was recorded at " + r.offered() + "/s: " + r.errorKinds());
            assertTrue(Double.isFinite(r.latency().p99()) && r.latency().p99() > 0, "no p99 at " + r.offered() + "/s");
        }
        if (PgbenchCeiling.available()) {
            assertTrue(outcome.pgbench().get(0).tps() > 0, "pgbench reported no tps");
        }
        if (Probe.tcp("127.0.0.1:9092")) {
            assertTrue(outcome.producer().get(0).recordsPerSecond() > 0, "the Kafka producer sent nothing");
            assertTrue(outcome.hops().get(0).received() > 0, "no record made the commit + produce + consume hop");
        }
        if (!outcome.partner().isEmpty()) {
            assertTrue(outcome.partner().get(0).webhookArrived() > 0, "no alert reached the webhook receiver");
        }
        assertTrue(Files.readString(outcome.file()).contains("## Intake"), "no report written");
        Files.deleteIfExists(out);
    }
}
