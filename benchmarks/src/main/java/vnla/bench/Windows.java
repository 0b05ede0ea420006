package vnla.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * Tip-to-partner figures per 10-second window of a load, each tip counted in the window of its intended send time:
 * what the first seconds after a start look like, beside the later ones.
 */
final class Windows {

    static final int SECONDS = 10;
    private static final long WIDTH = TimeUnit.SECONDS.toNanos(SECONDS);

    /** One window: tips sent in it, refused or failed, whose webhook arrived, and the latency of those. */
    record Window(int fromSecond, long sent, long failed, long arrived, Latency webhook) {

        /** Tips recorded and triaged whose webhook never arrived. */
        long lost() {
            return Math.max(0, sent - failed - arrived);
        }
    }

    private final Slot[] slots;
    private volatile long start;

    private record Slot(AtomicLong sent, AtomicLong failed, AtomicLong arrived, Histogram webhook) {
    }

    Windows(double seconds) {
        slots = new Slot[Math.max(1, (int) Math.ceil(seconds / SECONDS))];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot(new AtomicLong(), new AtomicLong(), new AtomicLong(), Latency.newHistogram());
        }
    }

    /** The load starts now. */
    void begin() {
        start = System.nanoTime();
    }

    void sent(long intended) {
        slot(intended).sent().incrementAndGet();
    }

    void failed(long intended) {
        slot(intended).failed().incrementAndGet();
    }

    void arrived(long intended, long arrived) {
        Slot slot = slot(intended);
        slot.arrived().incrementAndGet();
        slot.webhook().recordValue(Math.min(Math.max(1, (arrived - intended) / 1000), slot.webhook().getHighestTrackableValue()));
    }

    List<Window> windows() {
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            Slot s = slots[i];
            windows.add(new Window(i * SECONDS, s.sent().get(), s.failed().get(), s.arrived().get(), Latency.of(s.webhook())));
        }
        return windows;
    }

    private Slot slot(long intended) {
        int i = (int) ((intended - start) / WIDTH);
        return slots[Math.min(Math.max(0, i), slots.length - 1)];
    }
}
