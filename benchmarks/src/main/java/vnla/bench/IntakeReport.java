package vnla.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/** The intake table: per offered rate, achieved rate, percentiles and errors over the runs; the highest rate held. */
final class IntakeReport {

    private IntakeReport() {
    }

    /** Kept up (≥ 95 % of the offered rate), no error, p99 within the goal. */
    static boolean held(IntakeLoad.Result r, double goalP99Ms) {
        return r.errors() == 0 && r.latency().p99() <= goalP99Ms && r.achieved() >= 0.95 * r.offered();
    }

    /** Kept up with (almost) no errors and a bounded queue, whatever the latency. */
    static boolean sustained(IntakeLoad.Result r, double stopP99Ms) {
        return r.errorRate() <= 0.001 && r.achieved() >= 0.95 * r.offered() && r.latency().p99() <= stopP99Ms;
    }

    static Optional<Double> highestHeld(List<IntakeLoad.Result> run, double goalP99Ms) {
        return run.stream().filter(r -> held(r, goalP99Ms)).map(IntakeLoad.Result::offered).max(Double::compare);
    }

    /** The highest achieved rate among the rates sustained in one run. */
    static OptionalDouble sustainedRate(List<IntakeLoad.Result> run, double stopP99Ms) {
        return run.stream().filter(r -> sustained(r, stopP99Ms)).mapToDouble(IntakeLoad.Result::achieved).max();
    }

    static void write(Markdown md, Options o, List<List<IntakeLoad.Result>> runs) {
        md.line("## Intake: `POST /api/v1/tips`, open model").line("");
        if (runs.isEmpty()) {
            md.line("Not measured (see the end of this report).").line("");
            return;
        }
        md.line("Requests are sent on a fixed schedule for each offered rate over at most %d HTTP/1.1 connections, whether or "
                + "not earlier ones were answered; latency runs from each request's intended send time to its answer "
                + "(no coordinated omission). Bodies are random Vietnamese or Lao tips with entities. %s per cell: "
                + "median (min–max) over %d run(s). A run stops raising the rate once p99 passes %.0f ms, errors pass 5 %% "
                + "or it falls below 80 %% of the offered rate.", o.connections(), "Each", runs.size(), o.stopP99Ms()).line("");
        TreeSet<Double> rates = new TreeSet<>();
        runs.forEach(run -> run.forEach(r -> rates.add(r.offered())));
        List<List<String>> rows = new ArrayList<>();
        for (double rate : rates) {
            List<IntakeLoad.Result> at = new ArrayList<>();
            runs.forEach(run -> run.stream().filter(r -> r.offered() == rate).forEach(at::add));
            List<String> kinds = new ArrayList<>();
            at.forEach(r -> r.errorKinds().forEach((k, v) -> kinds.add(k + " ×" + v)));
            rows.add(List.of(String.format(Locale.ROOT, "%.0f", rate), at.size() + "/" + runs.size(),
                    Markdown.spread(at, IntakeLoad.Result::achieved, "%.1f"),
                    Markdown.spread(at, r -> r.latency().p50(), "%.1f"),
                    Markdown.spread(at, r -> r.latency().p99(), "%.1f"),
                    Markdown.spread(at, r -> r.latency().p999(), "%.1f"),
                    Markdown.spread(at, r -> r.latency().max(), "%.1f"),
                    Markdown.spread(at, r -> (double) r.errors(), "%.0f") + (kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ")"),
                    Markdown.spread(at, r -> (double) r.peakBacklog(), "%.0f")));
        }
        md.table(List.of("offered /s", "runs", "achieved /s", "p50 ms", "p99 ms", "p99.9 ms", "max ms", "errors", "peak backlog"), rows);
        List<Double> held = new ArrayList<>();
        List<Double> sustained = new ArrayList<>();
        for (List<IntakeLoad.Result> run : runs) {
            held.add(highestHeld(run, o.goalP99Ms()).orElse(0.0));
            sustained.add(sustainedRate(run, o.stopP99Ms()).orElse(0.0));
        }
        md.line("- **Highest offered rate held with p99 < %.0f ms and no error: %s tips/s**", o.goalP99Ms(),
                Markdown.spread(held, Double::doubleValue, "%.0f"));
        md.line("- Highest rate sustained (≥ 95 %% of offered, errors ≤ 0.1 %%, p99 ≤ %.0f ms): %s tips/s", o.stopP99Ms(),
                Markdown.spread(sustained, Double::doubleValue, "%.1f")).line("");
    }
}
