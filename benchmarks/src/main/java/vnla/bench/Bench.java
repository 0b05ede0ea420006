package vnla.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vnla.testing.Tokens;

/**
 * The benchmark: intake throughput (open model), intake under overload (2× its sustainable rate), the machine's ceiling for the same work (pgbench, Kafka producer, one
 * commit + produce + consume hop), tip-to-partner latency, and each service's memory and start-up time. Prints a
 * markdown report and writes it under .suite/bench/. Run by {@code ./suite bench [--smoke]}.
 */
public final class Bench {

    static final List<String> SERVICES = List.of("hotline-service", "case-service", "notification-service");

    /** Everything measured, for the smoke test; {@code skipped} says what could not run and why. */
    public record Outcome(List<List<IntakeLoad.Result>> intake, List<IntakeOverload.Result> overload, List<PgbenchCeiling.Result> pgbench,
            List<KafkaCeiling.ProducerResult> producer, List<KafkaCeiling.HopResult> hops, List<PartnerLatency.Result> partner,
            Map<String, Memory.Service> memory, List<String> skipped, String markdown, Path file) {
    }

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (RuntimeException e) {
            boolean help = e.getMessage() != null && e.getMessage().isEmpty();
            (help ? System.out : System.err).print((help ? "" : "bench: " + e.getMessage() + "\n\n") + Options.USAGE);
            System.exit(help ? 0 : 2);
            return;
        }
        Outcome outcome = run(options);
        System.out.print(outcome.markdown());
        System.err.println("bench: report written to " + outcome.file());
        System.exit(0);
    }

    public static Outcome run(Options o) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        long seed = System.nanoTime();
        List<String> skipped = new ArrayList<>();
        Markdown md = new Markdown();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss"));
        Path benchDir = o.root().resolve(".suite/bench");
        md.line("# Benchmark results, %s%s", stamp, o.smoke() ? " (smoke: tiny rates, numbers mean nothing)" : "").line("");
        Machine.describe(md, o);

        // first, while the services are fresh from the restart it makes: later phases would warm them
        List<ColdStart.Result> cold = o.wants("cold") ? ColdStart.run(o, seed, skipped) : List.of();
        ColdStart.write(md, o, cold);

        Memory memory = new Memory(new ServiceStats(o.root()), SERVICES);
        memory.idle();
        memory.startSampling();
        // the owner role: the scratch schema is created in the hotline database, which the runtime role may not do
        PgbenchCeiling.Db db = new PgbenchCeiling.Db(o.pgHost(), o.pgPort(), "hotline", "hotline_owner", "hotline_owner");

        List<List<IntakeLoad.Result>> intake = new ArrayList<>();
        Profiler.Profile profile = null;
        if (o.wants("intake")) {
            if (!o.hotlines().stream().allMatch(Probe::ready)) {
                skipped.add("intake: hotline-service is not ready at " + o.hotline() + " (start it with ./suite run)");
            } else {
                progress("intake: %d run(s) at %s tips/s, %d connections", o.runs(), o.rates(), o.connections());
                try (IntakeLoad load = new IntakeLoad(o.hotlines(), Tokens.forRole("duty-officer", "vn.hue"), o.connections(),
                        Duration.ofSeconds(10), seed)) {
                    for (int run = 1; run <= o.runs(); run++) {
                        progress("intake run %d: warm-up %.0f s at %.0f/s", run, o.warmupSeconds(), o.rates().get(0));
                        load.run(o.rates().get(0), o.warmupSeconds());
                        List<IntakeLoad.Result> results = new ArrayList<>();
                        for (double rate : o.rates()) {
                            IntakeLoad.Result r = load.run(rate, o.rateSeconds());
                            results.add(r);
                            progress("intake run %d: offered %.0f/s achieved %.1f/s p50 %.1f ms p99 %.1f ms errors %d %s", run,
                                    rate, r.achieved(), r.latency().p50(), r.latency().p99(), r.errors(), r.errorKinds());
                            if (!(r.latency().p99() <= o.stopP99Ms()) || r.errorRate() > 0.05 || r.achieved() < 0.8 * rate) {
                                break; // saturated: higher rates only queue up
                            }
                        }
                        intake.add(results);
                    }
                    if (o.profileSeconds() > 0) {
                        profile = profileIntake(o, load, intake, benchDir.resolve("intake-" + stamp + ".jfr"), skipped);
                    }
                }
            }
        }
        IntakeReport.write(md, o, intake);

        List<IntakeOverload.Result> overload = new ArrayList<>();
        if (o.wants("overload")) {
            if (!o.hotlines().stream().allMatch(Probe::ready)) {
                skipped.add("overload: hotline-service is not ready at " + o.hotline() + " (start it with ./suite run)");
            } else {
                progress("overload: %d run(s): the sustainable rate (%s), then %.0f s at it and %.0f s at %s× it", o.runs(),
                        o.overloadBase() > 0 ? "--overload-base " + o.overloadBase() : "the highest of --rates held",
                        o.overloadSeconds(), o.overloadSeconds(), o.overloadFactor());
                String token = Tokens.forRole("duty-officer", "vn.hue");
                for (int run = 1; run <= o.runs(); run++) {
                    Optional<IntakeOverload.Result> result = IntakeOverload.run(o, token, seed + run);
                    if (result.isEmpty()) {
                        skipped.add("overload run " + run + ": not even " + o.rates().get(0) + " tips/s was held with p99 ≤ "
                                + (int) o.overloadGoalP99Ms() + " ms; give lower --rates or --overload-base");
                    }
                    result.ifPresent(overload::add);
                }
            }
        }
        OverloadReport.write(md, o, overload);

        List<PgbenchCeiling.Result> pgbench = new ArrayList<>();
        List<KafkaCeiling.ProducerResult> producer = new ArrayList<>();
        List<KafkaCeiling.HopResult> hops = new ArrayList<>();
        if (o.wants("ceiling")) {
            if (!PgbenchCeiling.available()) {
                skipped.add("pgbench ceiling: pgbench is not installed (Debian: apt-get install postgresql-client)");
            } else if (!Probe.tcp(o.pgHost() + ":" + o.pgPort())) {
                skipped.add("pgbench ceiling: PostgreSQL is not running on " + o.pgHost() + ":" + o.pgPort() + " (./suite up)");
            } else {
                PgbenchCeiling ceiling = new PgbenchCeiling(o.root(), db, benchDir.resolve("pgbench"));
                for (int run = 1; run <= o.runs(); run++) {
                    PgbenchCeiling.Result r = ceiling.run(o.connections(), o.pgbenchSeconds(), seed + run);
                    pgbench.add(r);
                    progress("pgbench run %d: %.0f tps at %d clients, latency average %.2f ms", run, r.tps(), r.clients(), r.latencyAverageMs());
                }
            }
            if (!KafkaCeiling.reachable(o.bootstrap())) {
                skipped.add("Kafka ceiling: no broker at " + o.bootstrap() + " (./suite up)");
            } else {
                KafkaCeiling kafka = new KafkaCeiling(o.bootstrap());
                for (int run = 1; run <= o.runs(); run++) {
                    KafkaCeiling.ProducerResult p = kafka.producerRate(o.producerSeconds(), seed + run);
                    producer.add(p);
                    progress("Kafka producer run %d: %.0f records/s (%.1f MB/s, %d B payloads)", run, p.recordsPerSecond(),
                            p.megabytesPerSecond(), p.payloadBytes());
                    KafkaCeiling.HopResult h = kafka.hop(db, o.hopRate(), o.hopSeconds(), seed + run);
                    hops.add(h);
                    progress("hop run %d: %d/%d received, p50 %.1f ms p99 %.1f ms", run, h.received(), h.sent(), h.latency().p50(),
                            h.latency().p99());
                }
            }
        }
        CeilingReport.write(md, o, intake, pgbench, producer, hops);

        List<PartnerLatency.Result> partner = new ArrayList<>();
        String catchUpNote = "";
        if (o.wants("partner")) {
            PartnerLatency bench = new PartnerLatency(o.firstHotline(), o.cases(), o.notifications(), o.bootstrap());
            String missing = bench.missing();
            if (missing != null) {
                skipped.add("tip to partner: " + missing + "; it needs the whole suite (./suite run)");
            } else {
                PartnerLatency.CatchUp catchUp = bench.waitForCaseService(o.casesGroup(), Duration.ofMinutes(10));
                progress("tip to partner: case-service was %d records behind on hotline.tips.v1; caught up in %.0f s",
                        catchUp.lag(), catchUp.seconds());
                catchUpNote = String.format(Locale.ROOT, "case-service was %d records behind on `hotline.tips.v1` when this phase began (the intake phase's tips); "
                        + "waited %.0f s for it to catch up%s.", catchUp.lag(), catchUp.seconds(), catchUp.lag() > 0 && catchUp.seconds() > 1
                        ? String.format(Locale.ROOT, " (≈ %.0f tip events/s projected)", catchUp.lag() / catchUp.seconds()) : "");
                for (int run = 1; run <= o.runs(); run++) {
                    PartnerLatency.Result r = new PartnerLatency(o.firstHotline(), o.cases(), o.notifications(), o.bootstrap())
                            .run(o.partnerRate(), o.partnerSeconds(), seed + run);
                    partner.add(r);
                    progress("tip to partner run %d: webhook %d/%d p50 %.1f ms p99 %.1f ms; Kafka %d/%d p50 %.1f ms p99 %.1f ms; CPU ms per tip %s", run,
                            r.webhookArrived(), r.triaged(), r.webhook().p50(), r.webhook().p99(), r.kafkaArrived(), r.triaged(),
                            r.kafka().p50(), r.kafka().p99(), CpuUse.summary(r.cpuMsPerTip()));
                }
            }
        }
        CeilingReport.writePartner(md, o, partner, hops, catchUpNote);

        memory.stopSampling();
        Map<String, Memory.Service> services = memory.services();
        if (o.wants("memory")) {
            memory.write(md);
        }
        if (profile != null) {
            writeProfile(md, profile);
        }
        Goals.write(md, o, cold, intake, overload, pgbench, partner, services);
        if (!skipped.isEmpty()) {
            md.line("## Not measured in this run").line("");
            skipped.forEach(s -> md.line("- %s", s));
            md.line("");
        }
        Files.createDirectories(benchDir);
        Path file = o.out() != null ? o.out() : benchDir.resolve("results-" + stamp + (o.smoke() ? "-smoke" : "") + ".md");
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        return new Outcome(intake, overload, pgbench, producer, hops, partner, services, skipped, md.toString(), file);
    }

    /** Loads hotline-service at the highest rate it sustained in the first run (else the first rate) while JFR records it. */
    private static Profiler.Profile profileIntake(Options o, IntakeLoad load, List<List<IntakeLoad.Result>> intake, Path file,
            List<String> skipped) throws Exception {
        Optional<Long> pid = new ServiceStats(o.root()).pid("hotline-service").stream().boxed().findFirst();
        if (pid.isEmpty() || !Profiler.available()) {
            skipped.add("profile: " + (pid.isEmpty() ? "no .suite/hotline-service.pid (start it with ./suite run)" : "jcmd or jfr not on PATH"));
            return null;
        }
        double rate = intake.get(0).stream().filter(r -> IntakeReport.sustained(r, o.stopP99Ms()))
                .mapToDouble(IntakeLoad.Result::offered).max().orElse(o.rates().get(0));
        progress("profile: JFR on hotline-service (pid %d) for %.0f s at %.0f tips/s -> %s", pid.get(), o.profileSeconds(), rate, file);
        Profiler.start(pid.get(), o.profileSeconds(), file);
        load.run(rate, o.profileSeconds());
        return Profiler.analyse(file);
    }

    private static void writeProfile(Markdown md, Profiler.Profile p) {
        md.line("## Where the time goes (JFR execution samples of hotline-service under intake load)").line("");
        md.line("%d samples in `%s`. Share of samples with a frame in each library (inclusive):", p.samples(), p.file().getFileName()).line("");
        List<List<String>> rows = new ArrayList<>();
        p.areas().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> rows.add(List.of(e.getKey(), pct(e.getValue(), p.samples()))));
        md.table(List.of("library", "share of samples"), rows);
        List<List<String>> top = new ArrayList<>();
        p.topMethods().forEach(e -> top.add(List.of("`" + e.getKey() + "`", pct(e.getValue(), p.samples()))));
        md.line("Hottest methods (own samples):").line("");
        md.table(List.of("method", "share of samples"), top);
    }

    static String pct(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    static void progress(String format, Object... args) {
        System.err.println("bench: " + String.format(Locale.ROOT, format, args));
    }
}
