package vnla.bench;

import java.time.Duration;
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

    /** Held under the overload goal: every request a 201, ≥ 95 % of the offered rate, p99 within the goal. */
    static boolean held(IntakeLoad.Result r, double goalP99Ms) {
        return r.errors() == 0 && r.achieved() >= 0.95 * r.offered() && r.latency().p99() <= goalP99Ms;
    }

    /**
     * The sustainable rate, measured with the same client as the overload (no connection cap): the highest of
     * {@code --rates} held for {@code --duration} each, climbing until one is not held. A client with a connection cap
     * (the intake phase) queues in its own backlog and would understate it.
     */
    static Optional<Double> calibrate(Options o, IntakeLoad load) throws InterruptedException {
        Bench.progress("overload: warm-up %.0f s at %.0f/s", o.warmupSeconds(), o.rates().get(0));
        load.run(o.rates().get(0), o.warmupSeconds());
        Optional<Double> base = Optional.empty();
        for (double rate : o.rates()) {
            IntakeLoad.Result r = load.run(rate, o.rateSeconds());
            report("calibration", r);
            if (!held(r, o.overloadGoalP99Ms())) {
                break;
            }
            base = Optional.of(rate);
        }
        return base;
    }

    /** One run: calibrate unless {@code --overload-base} names the rate, then both phases; empty if no rate was held. */
    static Optional<Result> run(Options o, String token, long seed) throws InterruptedException {
        try (IntakeLoad load = new IntakeLoad(o.hotlines(), token, 0, Duration.ofSeconds(10), seed)) {
            double base;
            if (o.overloadBase() > 0) {
                base = o.overloadBase();
                Bench.progress("overload: warm-up %.0f s at %.0f/s", o.warmupSeconds(), base);
                load.run(base, o.warmupSeconds());
            } else {
                Optional<Double> calibrated = calibrate(o, load);
                if (calibrated.isEmpty()) {
                    return Optional.empty();
                }
                base = calibrated.get();
            }
            Bench.progress("overload: %.0f s at %.0f/s, then %.0f s at %s× that", o.overloadSeconds(), base, o.overloadSeconds(),
                    o.overloadFactor());
            IntakeLoad.Result atBase = load.run(base, o.overloadSeconds());
            report("sustainable", atBase);
            IntakeLoad.Result overloaded = load.run(base * o.overloadFactor(), o.overloadSeconds());
            report(o.overloadFactor() + "×", overloaded);
            return Optional.of(new Result(base, o.overloadFactor(), atBase, overloaded));
        }
    }

    private static void report(String phase, IntakeLoad.Result r) {
        Bench.progress("overload %s: offered %.0f/s, 201 %d (%.1f/s), 503 %d, other 5xx %d, p99 of 201 %.1f ms, p99 of 503 %.1f ms %s",
                phase, r.offered(), r.ok(), r.achieved(), r.refused(), r.serverErrors(), r.latency().p99(), r.refusedLatency().p99(),
                r.errorKinds());
    }
}
