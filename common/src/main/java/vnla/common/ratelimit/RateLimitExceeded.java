package vnla.common.ratelimit;

import vnla.common.problem.ProblemException;

/** A 429: the caller or its agency used up a limit; it may try again after {@code retryAfterSeconds}. */
public class RateLimitExceeded extends ProblemException {

    private final long retryAfterSeconds;

    public RateLimitExceeded(String detail, long retryAfterSeconds) {
        super(429, "Too Many Requests", detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
