package vnla.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a W3C {@code traceparent} header as the tests check it: {@code 00-<trace id>-<parent span id>-<flags>}. */
public final class Traceparent {

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");

    private Traceparent() {
    }

    /** The trace id of a well-formed {@code traceparent}, or null for a missing or malformed one. */
    public static String traceId(String traceparent) {
        Matcher m = traceparent == null ? null : FORMAT.matcher(traceparent);
        return m != null && m.matches() ? m.group(1) : null;
    }
}
