package vnla.common.overload;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.RoutingContext;

/**
 * Admits at most {@code suite.overload.max-in-flight-requests} API requests at once in this instance and refuses the
 * next with a 503 at once: before its token is verified, its body read or a worker thread taken, so a refusal costs
 * almost nothing and the requests already admitted keep their latency. Without it a burst queues for a worker and a
 * connection, and every caller waits until its client gives up. Application-scoped: REST filters are set up before
 * the runtime configuration is read, the proxy creates it on the first request.
 */
@ApplicationScoped
public class Admission {

    private static final String API = "/api/";

    private final AtomicInteger inFlight = new AtomicInteger();
    private final int limit;

    public Admission(OverloadConfig config, MeterRegistry registry) {
        this.limit = config.maxInFlightRequests();
        registry.gauge("http.server.requests.in-flight", inFlight);
    }

    @ServerRequestFilter(preMatching = true)
    public void admit(RoutingContext context) {
        if (!context.normalizedPath().startsWith(API)) {
            return;
        }
        if (inFlight.incrementAndGet() > limit) {
            inFlight.decrementAndGet();
            throw new ServiceUnavailable(Overload.Reason.IN_FLIGHT_LIMIT);
        }
        // once per request, whether the answer was sent or the connection dropped
        context.addEndHandler(ended -> inFlight.decrementAndGet());
    }

    /** API requests being worked on now. */
    public int inFlight() {
        return inFlight.get();
    }
}
