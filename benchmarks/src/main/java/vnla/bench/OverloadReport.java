package vnla.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The overload table: the sustainable rate and the overload rate side by side, and the three goals of issue 12. */
final class OverloadReport {

    static final double GOODPUT_GOAL = 0.9;

    private OverloadReport() {
    }

    static void write(Markdown md, Options o, List<IntakeOverload.Result> runs) {
        md.line("## Overload: intake offered %s× its sustainable rate", fmt(o.overloadFactor())).line("");
        if (runs.isEmpty()) {
            md.line("Not measured (see the end of this report).").line("");
            return;
        }
        md.line("Open model with no connection cap in the client: every request leaves at its scheduled time on a connection of its "
                + "own if need be, so the service sees the whole offered load and must refuse what it cannot take. The sustainable "
                + "rate is %s; then %.0f s at it and %.0f s at %s× it. Latency from each request's intended send time. \"Other "
                + "5xx\" counts every 5xx but a 503 with Retry-After; \"other errors\" every other non-201 (4xx, time-outs, "
                + "connection errors).", o.overloadBase() > 0 ? "given (--overload-base)" : String.format(Locale.ROOT,
                        "the highest of %s tips/s held for %.0f s each with this client (every answer a 201, ≥ 95 %% of the offered "
                        + "rate, p99 ≤ %.0f ms)", rates(o), o.rateSeconds(), o.overloadGoalP99Ms()),
                o.overloadSeconds(), o.overloadSeconds(), fmt(o.overloadFactor())).line("");
        List<List<String>> rows = new ArrayList<>();
        for (IntakeOverload.Result run : runs) {
            rows.add(row("sustainable", run.atBase()));
            rows.add(row(fmt(run.factor()) + "×", run.overloaded()));
        }
        md.table(List.of("phase", "offered /s", "sent", "201", "goodput /s", "503 + Retry-After", "other 5xx", "other errors",
                "p50 of 201 ms", "p99 of 201 ms", "max of 201 ms", "p99 of 503 ms"), rows);
        for (IntakeOverload.Result run : runs) {
            IntakeLoad.Result r = run.overloaded();
            md.line("- at %s× (%.0f/s offered): **%d × 5xx other than a 503 with Retry-After** (goal: 0 × 500); goodput %.1f/s = **%.0f %%** of the sustainable %.0f/s (goal ≥ %.0f %%); "
                    + "p99 of accepted requests **%.1f ms** (goal < %.0f ms)", fmt(run.factor()), r.offered(), r.serverErrors(),
                    r.achieved(), 100 * run.goodputShare(), run.base(), 100 * GOODPUT_GOAL, r.latency().p99(), o.overloadGoalP99Ms());
        }
        md.line("");
    }

    /** One row of the goals table for the median run. */
    static List<String> goal(Options o, List<IntakeOverload.Result> runs) {
        String goal = String.format(Locale.ROOT, "%s× the sustainable intake rate for %.0f s: 0 × 500, goodput ≥ %.0f %%, p99 of 201 < %.0f ms",
                fmt(o.overloadFactor()), o.overloadSeconds(), 100 * GOODPUT_GOAL, o.overloadGoalP99Ms());
        if (runs.isEmpty()) {
            return List.of(goal, "not measured", "–");
        }
        long fiveHundreds = runs.stream().mapToLong(r -> r.overloaded().serverErrors()).max().orElse(0);
        List<Double> shares = runs.stream().map(IntakeOverload.Result::goodputShare).sorted().toList();
        List<Double> p99s = runs.stream().map(r -> r.overloaded().latency().p99()).sorted().toList();
        double share = Markdown.median(shares);
        double p99 = Markdown.median(p99s);
        String measured = String.format(Locale.ROOT, "%d × 5xx (worst run), goodput %.0f %% of %.0f/s, p99 %.1f ms", fiveHundreds,
                100 * share, runs.get(0).base(), p99);
        boolean met = fiveHundreds == 0 && share >= GOODPUT_GOAL && p99 < o.overloadGoalP99Ms();
        return List.of(goal, measured, met ? "met" : "**missed**");
    }

    private static String rates(Options o) {
        return String.join(", ", o.rates().stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).toList());
    }

    private static String fmt(double factor) {
        return factor == Math.rint(factor) ? Long.toString((long) factor) : String.format(Locale.ROOT, "%.1f", factor);
    }

    private static List<String> row(String phase, IntakeLoad.Result r) {
        return List.of(phase, String.format(Locale.ROOT, "%.0f", r.offered()), Long.toString(r.scheduled()), Long.toString(r.ok()),
                String.format(Locale.ROOT, "%.1f", r.achieved()), Long.toString(r.refused()), Long.toString(r.serverErrors()),
                Long.toString(r.errors() - r.refused() - r.serverErrors()), ms(r.latency().p50()), ms(r.latency().p99()),
                ms(r.latency().max()), ms(r.refusedLatency().p99()));
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }
}
