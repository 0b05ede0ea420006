package vnla.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The first minute after a start: the services are restarted with {@code ./suite run --no-build} (the agreement and the
 * partner's subscriptions already in place, as after a deploy), and tip to partner runs at once, reported per 10-second
 * window. Once per {@code --runs}.
 */
final class ColdStart {

    /** One cold start: how long the restart took until every service was ready, memory then and after, the load's figures. */
    record Result(double readySeconds, Map<String, Double> startupSeconds, Map<String, Double> rssReadyMb,
            Map<String, Double> rssAfterMb, PartnerLatency.Result partner) {
    }

    private ColdStart() {
    }

    static List<Result> run(Options o, long seed, List<String> skipped) throws Exception {
        List<Result> results = new ArrayList<>();
        ServiceStats stats = new ServiceStats(o.root());
        for (int run = 1; run <= o.runs(); run++) {
            PartnerLatency bench = new PartnerLatency(o.firstHotline(), o.cases(), o.notifications(), o.bootstrap());
            String missing = bench.missing();
            if (missing != null) {
                skipped.add("cold start: " + missing + "; it needs the whole suite (./suite run)");
                return results;
            }
            double[] ready = new double[1];
            Map<String, Double> startup = new LinkedHashMap<>();
            Map<String, Double> rssReady = new LinkedHashMap<>();
            int instances = o.hotlines().size();
            int number = run;
            PartnerLatency.Result partner = bench.run(o.partnerRate(), o.coldSeconds(), seed + run, () -> {
                Bench.progress("cold start %d: restarting the services (./suite run --no-build --instances %d)", number, instances);
                long start = System.nanoTime();
                restart(o, instances);
                ready[0] = (System.nanoTime() - start) / 1e9;
                for (String service : Bench.SERVICES) {
                    stats.startupSeconds(service).ifPresent(s -> startup.put(service, s));
                    stats.rssMb(service).ifPresent(mb -> rssReady.put(service, mb));
                }
                Bench.progress("cold start %d: ready after %.1f s; tip to partner at %.0f/s for %.0f s from now", number, ready[0],
                        o.partnerRate(), o.coldSeconds());
            });
            Map<String, Double> rssAfter = new LinkedHashMap<>();
            for (String service : Bench.SERVICES) {
                stats.rssMb(service).ifPresent(mb -> rssAfter.put(service, mb));
            }
            results.add(new Result(ready[0], startup, rssReady, rssAfter, partner));
            Windows.Window first = partner.windows().get(0);
            Bench.progress("cold start %d: first 10 s p99 %.1f ms (%d failed, %d lost); whole run p50 %.1f ms p99 %.1f ms %s", run,
                    first.webhook().p99(), first.failed(), first.lost(), partner.webhook().p50(), partner.webhook().p99(), partner.failures());
        }
        return results;
    }

    /** {@code ./suite run --no-build}: stops the running services and starts them again, returning once all are ready. */
    private static void restart(Options o, int instances) throws IOException, InterruptedException {
        Path log = o.root().resolve(".suite/bench/restarts.log");
        Files.createDirectories(log.getParent());
        Process suite = new ProcessBuilder(o.root().resolve("suite").toString(), "run", "--no-build", "--instances", Integer.toString(instances))
                .directory(o.root().toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!suite.waitFor(5, TimeUnit.MINUTES) || suite.exitValue() != 0) {
            suite.destroy();
            throw new IOException("./suite run --no-build did not bring the services up (see " + o.root().relativize(log) + ")");
        }
    }

    static void write(Markdown md, Options o, List<Result> results) {
        if (results.isEmpty()) {
            return;
        }
        md.line("## The first minute after a start").line("");
        md.line("%d cold start(s): `./suite run --no-build` restarts the services (the agreement and the partner's subscriptions "
                + "in place), and as soon as it reports every service ready, tip to partner at %.0f tips/s for %.0f s, each tip in the "
                + "10-second window of its intended send time. Median (min–max) over the starts.", results.size(), o.partnerRate(),
                o.coldSeconds()).line("");
        List<List<String>> rows = new ArrayList<>();
        int windows = results.get(0).partner().windows().size();
        for (int w = 0; w < windows; w++) {
            int i = w;
            List<Windows.Window> at = results.stream().map(r -> r.partner().windows().get(i)).toList();
            rows.add(List.of(String.format(Locale.ROOT, "%d–%d s", at.get(0).fromSecond(), at.get(0).fromSecond() + Windows.SECONDS),
                    Markdown.spread(at, x -> (double) x.sent(), "%.0f"), Markdown.spread(at, x -> (double) x.failed(), "%.0f"),
                    Markdown.spread(at, x -> (double) x.lost(), "%.0f"), Markdown.spread(at, x -> x.webhook().p50(), "%.1f"),
                    Markdown.spread(at, x -> x.webhook().p99(), "%.1f")));
        }
        md.table(List.of("window after ready", "tips", "refused or failed", "lost", "webhook p50 ms", "webhook p99 ms"), rows);
        List<List<String>> start = new ArrayList<>();
        start.add(List.of("restart until every service ready", Markdown.spread(results, Result::readySeconds, "%.1f s"), "", ""));
        for (String service : Bench.SERVICES) {
            start.add(List.of(service + ": Quarkus \"started in\"", Markdown.spread(results, r -> r.startupSeconds().getOrDefault(service, Double.NaN), "%.2f s"),
                    Markdown.spread(results, r -> r.rssReadyMb().getOrDefault(service, Double.NaN), "%.0f MB"),
                    Markdown.spread(results, r -> r.rssAfterMb().getOrDefault(service, Double.NaN), "%.0f MB")));
        }
        md.table(List.of("start-up", "time", "RSS when ready", "RSS after the minute"), start);
        Map<String, Long> failures = new LinkedHashMap<>();
        results.forEach(r -> r.partner().failures().forEach((k, v) -> failures.merge(k, v, Long::sum)));
        if (!failures.isEmpty()) {
            md.line("- Why tips were not recorded or triaged (all starts): %s.", failures).line("");
        }
    }

    /** Issue 15's goal: from the first window no tip lost or failed and p99 < 1 s; from the second on, p99 < 250 ms. */
    static List<String> goal(List<Result> results) {
        String goal = "after a start: no tip lost or failed, p99 < 1 000 ms in the first 10 s and < 250 ms after";
        if (results.isEmpty()) {
            return List.of(goal, "not measured", "–");
        }
        boolean complete = results.stream().flatMap(r -> r.partner().windows().stream()).allMatch(w -> w.failed() == 0 && w.lost() == 0);
        double first = Markdown.median(results.stream().map(r -> r.partner().windows().get(0).webhook().p99()).sorted().toList());
        double worstLater = results.stream().flatMap(r -> r.partner().windows().stream().skip(1)).mapToDouble(w -> w.webhook().p99())
                .filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
        boolean met = complete && first < 1000 && worstLater < 250;
        return List.of(goal, String.format(Locale.ROOT, "first 10 s p99 %.1f ms; worst later window p99 %.1f ms%s", first, worstLater,
                complete ? "" : "; some tips failed or were lost"), met ? "met" : "**missed**");
    }
}
