package vnla.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latency percentiles in milliseconds, taken from an HdrHistogram recorded in microseconds. */
public record Latency(long count, double p50, double p99, double p999, double max) {

    /** Tracks 1 µs to 10 min with 3 significant digits; safe to record from several threads. */
    public static Histogram newHistogram() {
        return new ConcurrentHistogram(600_000_000L, 3);
    }

    /** Records the time from {@code fromNanos} (the intended start) to now. */
    public static void recordSince(Histogram histogram, long fromNanos) {
        long micros = Math.max(1, (System.nanoTime() - fromNanos) / 1_000);
        histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
    }

    public static Latency of(Histogram h) {
        if (h.getTotalCount() == 0) {
            return new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Latency(h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(99)),
                ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
