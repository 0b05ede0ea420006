package vnla.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vnla.bench.Bench;
import vnla.bench.IntakeLoad;
import vnla.bench.Options;
import vnla.bench.PgbenchCeiling;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark (./suite bench) in smoke mode against the running suite, so it never rots: it must produce numbers,
 * whatever they are. The figures themselves are measured on a quiet machine and written in docs/benchmarks.md.
 */
class BenchmarkSmokeIT {

    @Test
    void smokeRunProducesNumbers() throws Exception {
        Suite.up();
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        Path out = Files.createTempFile("bench-smoke", ".md");

        Bench.Outcome outcome = Bench.run(Options.parse("--smoke", "--out", out.toString(), "--root", Suite.ROOT.toString(),
                "--hotline", Suite.HOTLINE.url(), "--cases", Suite.CASES.url(), "--notifications", Suite.NOTIFICATIONS.url()));

        assertFalse(outcome.intake().isEmpty(), "intake produced no results: " + outcome.skipped());
        for (IntakeLoad.Result r : outcome.intake().get(0)) {
            assertTrue(r.ok() > 0, "no tip was recorded at " + r.offered() + "/s: " + r.errorKinds());
            assertTrue(Double.isFinite(r.latency().p99()) && r.latency().p99() > 0, "no p99 at " + r.offered() + "/s");
        }
        if (PgbenchCeiling.available()) {
            assertTrue(outcome.pgbench().get(0).tps() > 0, "pgbench reported no tps");
        }
        assertTrue(outcome.producer().get(0).recordsPerSecond() > 0, "the Kafka producer sent nothing");
        assertTrue(outcome.hops().get(0).received() > 0, "no record made the commit + produce + consume hop");
        assertFalse(outcome.partner().isEmpty(), "tip to partner was skipped: " + outcome.skipped());
        assertTrue(outcome.partner().get(0).webhookArrived() > 0, "no alert reached the webhook receiver");
        assertTrue(Files.readString(outcome.file()).contains("## Intake"), "no report written");
        Files.deleteIfExists(out);
    }
}
