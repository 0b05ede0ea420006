package vnla.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * The open model: calls {@code send} at fixed intervals for the offered rate, passing each call's intended start
 * (System.nanoTime), whether or not earlier calls have finished. {@code send} must not block. Latency measured from
 * the intended start, not from when the call actually went out, so a stalled server cannot hide its queue
 * (no coordinated omission).
 */
public final class OpenLoop {

    private OpenLoop() {
    }

    /** Runs for {@code seconds} at {@code ratePerSecond}; returns how many calls were scheduled. */
    public static long run(double ratePerSecond, double seconds, LongConsumer send) {
        long interval = (long) (TimeUnit.SECONDS.toNanos(1) / ratePerSecond);
        long start = System.nanoTime();
        long total = Math.max(1, Math.round(ratePerSecond * seconds));
        for (long i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            send.accept(intended);
        }
        return total;
    }
}
