package vnla.common.problem;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** A 4xx the caller can act on; mapped to {@code application/problem+json}. A web exception so parameter converters may throw it. */
public class ProblemException extends WebApplicationException {

    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations) {
        super(detail, Response.status(status).build());
        this.status = status;
        this.title = title;
        this.violations = violations;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not Found", what + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(400, "Bad Request", "The request has invalid fields", List.of(new Problem.Violation(field, message)));
    }

    public Problem toProblem(String instance) {
        return new Problem("about:blank", title, status, getMessage(), instance, violations);
    }

    public int status() {
        return status;
    }
}
