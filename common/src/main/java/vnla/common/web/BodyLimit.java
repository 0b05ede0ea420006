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
import io.vertx.ext.web.handler.BodyHandler;

import vnla.common.problem.Problem;

/**
 * Answers a body larger than {@code quarkus.http.limits.max-body-size} with a 413 problem+json: one announced larger
 * (Content-Length) is never read, just before Vert.x's own check would answer a bare 413; a chunked one, which that check
 * lets through, is buffered up to the limit only.
 */
@ApplicationScoped
public class BodyLimit {

    private final long limit;
    private final ObjectMapper json;
    private final BodyHandler chunked;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
        this.chunked = BodyHandler.create(false).setBodyLimit(this.limit);
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check).failureHandler(this::failed);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            refuse(context);
        } else if (length == null && context.request().headers().contains(HttpHeaderNames.TRANSFER_ENCODING, "chunked", true)) {
            chunked.handle(context);
        } else {
            context.next();
        }
    }

    private void failed(RoutingContext context) {
        if (context.statusCode() == 413) {
            refuse(context);
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context) {
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
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
