package vnla.common.inbox;

import java.time.Duration;

/**
 * Exponential backoff for retrying an effect: the delay doubles from {@code firstDelay} up to {@code maxDelay}, and no
 * retry starts later than {@code giveUpAfter} after the first attempt.
 */
public record Backoff(Duration firstDelay, Duration maxDelay, Duration giveUpAfter) {

    static Backoff of(InboxConfig.Retry retry) {
        return new Backoff(retry.firstDelay(), retry.maxDelay(), retry.giveUpAfter());
    }

    /** The delay before retry number {@code retry} (1 for the first retry). */
    public Duration delay(int retry) {
        Duration delay = firstDelay;
        for (int i = 1; i < retry && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }

    /** Whether retry number {@code retry}, waiting its delay now, {@code elapsed} after the first attempt, may still run. */
    public boolean mayRetry(int retry, Duration elapsed) {
        return elapsed.plus(delay(retry)).compareTo(giveUpAfter) <= 0;
    }
}
