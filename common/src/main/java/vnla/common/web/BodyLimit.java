package vnla.common.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import vnla.common.problem.Problem;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem+json, just before
 * Vert.x's own limit check would answer a bare 413; the body is never read.
 */
@ApplicationScoped
public class BodyLimit {

    private final long limit;
    private final ObjectMapper json;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            Problem problem = new Problem("about:blank", "Content Too Large", 413,
                    "The request body is larger than " + limit + " bytes", context.request().path(), List.of());
            try {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        // the unread body would otherwise be parsed as the next request on this connection
                        .putHeader(HttpHeaderNames.CONNECTION, "close")
                        .end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                context.fail(e);
            }
            return;
        }
        context.next();
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
