package vnla.common.ratelimit;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vnla.common.problem.Problem;

/** A 429 as problem+json with the {@code Retry-After} header (seconds) the caller should honour. */
public class RateLimitMapper {

    @ServerExceptionMapper
    public Response tooMany(RateLimitExceeded e, UriInfo uri) {
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .entity(e.toProblem("/" + uri.getPath().replaceFirst("^/", "")))
                .build();
    }
}
