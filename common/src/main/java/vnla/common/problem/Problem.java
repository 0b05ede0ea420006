package vnla.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, with the field errors of a bad request in {@code violations}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad field: its path in the request ({@code location.provinceCode}, {@code entities.persons[0].name}). */
    public record Violation(String field, String message) {
    }
}
