package vnla.common.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import vnla.common.overload.Overload;
import vnla.common.overload.OverloadConfig;
import vnla.common.overload.ServiceUnavailable;

/**
 * The one place where exceptions become {@code application/problem+json}; no stack trace ever reaches a caller. Load
 * (no free connection or worker, the in-flight limit, a database out of reach) is a 503 with {@code Retry-After},
 * never a 500. Application-scoped: created on the first error, once the runtime configuration is there.
 */
@ApplicationScoped
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    /** Under overload hundreds of requests a second are refused: one log line per interval says so, a counter counts them. */
    private static final long SHED_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final MeterRegistry registry;
    private final long retryAfterSeconds;
    private final AtomicLong lastShedLog = new AtomicLong(System.nanoTime() - SHED_LOG_INTERVAL_NANOS);

    public ProblemMapper(MeterRegistry registry, OverloadConfig overload) {
        this.registry = registry;
        this.retryAfterSeconds = Math.max(1, overload.retryAfter().toSeconds());
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(new Problem("about:blank", "Bad Request", 400, "The request has invalid fields", path(uri), violations));
    }

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class })
    public Response unreadable(Exception e, UriInfo uri) {
        String detail = "The request body is not valid JSON";
        List<Problem.Violation> violations = List.of();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            String message = e instanceof UnrecognizedPropertyException ? "is not a known field"
                    : e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()
                            ? "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants())
                            : "has the wrong type or format";
            detail = "The request has invalid fields";
            violations = List.of(new Problem.Violation(field, message));
        }
        return respond(new Problem("about:blank", "Bad Request", 400, detail, path(uri), violations));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return respond(new Problem("about:blank", Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), status, e.getMessage(), path(uri), List.of()));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(new Problem("about:blank", "Unauthorized", 401,
                "A valid bearer token is required", path(uri), List.of())))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("about:blank", "Forbidden", 403, "Your role may not do this", path(uri), List.of()));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(new Problem("about:blank", "Precondition Failed", 412,
                "Someone else changed this resource; read it again and retry with its new ETag", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable e, UriInfo uri) {
        return shed(e.reason(), uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<Overload.Reason> overload = Overload.reason(e);
        if (overload.isPresent()) {
            return shed(overload.get(), uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(new Problem("about:blank", "Internal Server Error", 500,
                "Something went wrong on our side; quote incident " + incident, path(uri), List.of()));
    }

    private Response shed(Overload.Reason reason, UriInfo uri) {
        registry.counter("http.server.requests.shed", "reason", reason.tag()).increment();
        long last = lastShedLog.get();
        long now = System.nanoTime();
        if (now - last >= SHED_LOG_INTERVAL_NANOS && lastShedLog.compareAndSet(last, now)) {
            LOG.warnf("Refusing requests with 503 (%s); see the http.server.requests.shed counter", reason.tag());
        }
        return Response.fromResponse(respond(new Problem("about:blank", "Service Unavailable", 503, reason.detail(), path(uri), List.of())))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds)).build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** The property path below the method parameter: {@code create.request.location.provinceCode} → {@code location.provinceCode}. */
    static String field(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                parts.clear();
            } else if (node.getKind() != ElementKind.METHOD) {
                if (node.isInIterable() && !parts.isEmpty()) {
                    Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + position + "]");
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    parts.add(node.getName());
                }
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "request" : parameter;
        }
        return String.join(".", parts);
    }

    private static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
