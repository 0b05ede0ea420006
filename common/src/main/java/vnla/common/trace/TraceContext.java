package vnla.common.trace;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C {@code traceparent} of what the suite does, kept where work waits: the outbox stores the trace an event was
 * appended in and the relay sends it as the Kafka record's {@code traceparent} header; a tip keeps the trace of the POST
 * that recorded it, so the events it causes later (its triage) continue that trace; an alert keeps the trace its
 * request arrived with, so its webhooks carry it. The spans themselves are Quarkus OpenTelemetry's (REST server, Kafka
 * consumers); this class only writes and reads the header.
 */
public final class TraceContext {

    /** The W3C Trace Context header, on HTTP requests and on Kafka records alike. */
    public static final String HEADER = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContext() {
    }

    /** The {@code traceparent} of the current span, or null outside any trace. */
    public static String current() {
        return of(Context.current());
    }

    /** The {@code traceparent} of a context's span, or null when it has none. */
    public static String of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The context a stored {@code traceparent} names (the root context for null or a malformed value). */
    public static Context parse(String traceparent) {
        return traceparent == null ? Context.root() : W3C.extract(Context.root(), Map.of(HEADER, traceparent), MAP);
    }

    /**
     * Makes a stored trace current until the scope closes, so what is appended meanwhile continues it; with none stored,
     * the current trace stays.
     */
    public static Scope continuing(String traceparent) {
        Context context = parse(traceparent);
        return Span.fromContext(context).getSpanContext().isValid() ? context.makeCurrent() : Scope.noop();
    }
}
