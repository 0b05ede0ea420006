package vnla.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Overload: the intake offered at its sustainable rate, then at {@code factor} times that rate, each for the same
 * time, open model with no connection cap in the client, so the service itself must refuse what it cannot take. What
 * counts: no 500, the 201s per second at the higher rate (goodput) against the sustainable rate, the p99 of the 201s.
 */
final class IntakeOverload {

    /** Both phases of one run. */
    record Result(double base, double factor, IntakeLoad.Result atBase, IntakeLoad.Result overloaded) {

        /** Goodput under overload as a share of the sustainable rate. */
        double goodputShare() {
            return base <= 0 ? Double.NaN : overloaded.achieved() / base;
        }
    }

    private IntakeOverload() {
    }

    /**
     * The sustainable rate to start from: {@code --overload-base} if given, else the highest rate the intake phase's
     * first run held with no error, ≥ 95 % of the offered rate and p99 within the overload goal.
     */
    static Optional<Double> base(Options o, List<List<IntakeLoad.Result>> intake) {
        if (o.overloadBase() > 0) {
            return Optional.of(o.overloadBase());
        }
        if (intake.isEmpty()) {
            return Optional.empty();
        }
        return IntakeReport.highestHeld(intake.get(0), o.overloadGoalP99Ms());
    }

    static Result run(Options o, String token, double base, long seed) throws InterruptedException {
        try (IntakeLoad load = new IntakeLoad(o.hotline(), token, 0, Duration.ofSeconds(10), seed)) {
            Bench.progress("overload: warm-up %.0f s at %.0f/s", o.warmupSeconds(), base);
            load.run(base, o.warmupSeconds());
            IntakeLoad.Result atBase = load.run(base, o.overloadSeconds());
            report("sustainable", atBase);
            IntakeLoad.Result overloaded = load.run(base * o.overloadFactor(), o.overloadSeconds());
            report(o.overloadFactor() + "×", overloaded);
            return new Result(base, o.overloadFactor(), atBase, overloaded);
        }
    }

    private static void report(String phase, IntakeLoad.Result r) {
        Bench.progress("overload %s: offered %.0f/s, 201 %d (%.1f/s), 503 %d, other 5xx %d, p99 of 201 %.1f ms, p99 of 503 %.1f ms %s",
                phase, r.offered(), r.ok(), r.achieved(), r.refused(), r.serverErrors(), r.latency().p99(), r.refusedLatency().p99(),
                r.errorKinds());
    }
}
