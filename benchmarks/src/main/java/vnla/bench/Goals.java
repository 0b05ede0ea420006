package vnla.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The goals, each marked met, missed or not measured. Reported, never asserted. */
final class Goals {

    private Goals() {
    }

    static void write(Markdown md, Options o, List<ColdStart.Result> cold, List<List<IntakeLoad.Result>> intake, List<IntakeOverload.Result> overload,
            List<PgbenchCeiling.Result> pgbench, List<PartnerLatency.Result> partner, Map<String, Memory.Service> services) {
        md.line("## Against the goals").line("");
        List<List<String>> rows = new ArrayList<>();
        rows.add(intakeGoal(o, intake, pgbench));
        rows.add(OverloadReport.goal(o, overload));
        if (partner.isEmpty()) {
            rows.add(List.of("tip to partner webhook p50 < 50 ms, p99 < 250 ms at 20 tips/s", "not measured", "–"));
        } else {
            double p50 = median(partner.stream().map(r -> r.webhook().p50()).toList());
            double p99 = median(partner.stream().map(r -> r.webhook().p99()).toList());
            boolean complete = partner.stream().allMatch(r -> r.webhookArrived() == r.triaged() && r.triaged() > 0);
            rows.add(List.of("tip to partner webhook p50 < 50 ms, p99 < 250 ms at 20 tips/s (warm)",
                    String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms at %.0f/s%s", p50, p99, o.partnerRate(),
                            complete ? "" : ", some alerts did not arrive"),
                    o.partnerRate() < 20 ? "not at 20/s" : verdict(p50 < 50 && p99 < 250 && complete)));
        }
        rows.add(ColdStart.goal(cold));
        for (Memory.Service s : services.values()) {
            rows.add(List.of(s.name() + " RSS idle < 300 MB", s.idleMb() == null ? "not running" : Memory.mb(s.idleMb()),
                    s.idleMb() == null ? "–" : verdict(s.idleMb() < 300)));
        }
        md.table(List.of("goal", "measured (median)", "verdict"), rows);
    }

    private static List<String> intakeGoal(Options o, List<List<IntakeLoad.Result>> intake, List<PgbenchCeiling.Result> pgbench) {
        String goal = "intake sustains ≥ 50 % of the pgbench ceiling, p99 < " + (int) o.goalP99Ms() + " ms at half that rate";
        if (intake.isEmpty() || pgbench.isEmpty()) {
            return List.of(goal, "not measured", "–");
        }
        double ceiling = median(pgbench.stream().map(PgbenchCeiling.Result::tps).toList());
        double sustained = median(intake.stream().map(run -> IntakeReport.sustainedRate(run, o.stopP99Ms()).orElse(0)).toList());
        double half = sustained / 2;
        List<Double> p99AtHalf = new ArrayList<>();
        double rateAtHalf = 0;
        for (List<IntakeLoad.Result> run : intake) {
            IntakeLoad.Result best = null;
            for (IntakeLoad.Result r : run) {
                if (r.offered() <= half && (best == null || r.offered() > best.offered())) {
                    best = r;
                }
            }
            if (best != null) {
                p99AtHalf.add(best.latency().p99());
                rateAtHalf = best.offered();
            }
        }
        double p99 = p99AtHalf.isEmpty() ? Double.NaN : median(p99AtHalf);
        boolean truncated = intake.stream().allMatch(run -> run.size() == o.rates().size()
                && IntakeReport.sustained(run.get(run.size() - 1), o.stopP99Ms()));
        String measured = String.format(Locale.ROOT, "sustained %.0f/s = %.0f %% of %.0f tx/s; p99 %.1f ms at %.0f/s%s", sustained,
                100 * sustained / ceiling, ceiling, p99, rateAtHalf,
                truncated ? " (the highest offered rate was still sustained: offer more with --rates)" : "");
        return List.of(goal, measured, verdict(sustained >= 0.5 * ceiling && p99 < o.goalP99Ms()));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.removeIf(v -> v.isNaN());
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        sorted.sort(Double::compare);
        return Markdown.median(sorted);
    }
}
