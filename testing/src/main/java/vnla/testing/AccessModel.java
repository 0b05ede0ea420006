package vnla.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A service's access model: a Markdown table (a test resource, readable by a security officer) with one row per operation
 * of the OpenAPI document and role allowed to call it, and the status each kind of caller gets. Roles a row does not name
 * get 403. {@link #uncovered} tells which operations of the live document have no row, and which rows name no operation.
 */
public final class AccessModel {

    /** The roles of domain.md; a role not named for an operation must be refused. */
    public static final List<String> ROLES = List.of("duty-officer", "analyst", "liaison-officer", "custodian", "admin");

    /** One row: the operation ("GET /api/v1/tips/{id}"), the role, and the expected status per caller column. */
    public record Row(String operation, String role, Map<String, Integer> expected) {

        public String method() {
            return operation.substring(0, operation.indexOf(' '));
        }

        public String path() {
            return operation.substring(operation.indexOf(' ') + 1);
        }
    }

    private final List<String> callers;
    private final List<Row> rows;

    private AccessModel(List<String> callers, List<Row> rows) {
        this.callers = callers;
        this.rows = rows;
    }

    /** Reads the table from a class-path resource: header {@code | operation | role | <caller> | … |}. */
    public static AccessModel load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no access model at " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AccessModel parse(String markdown) {
        List<String> callers = null;
        List<Row> rows = new ArrayList<>();
        for (String line : markdown.lines().map(String::strip).toList()) {
            if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("| ---")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
                    .map(cell -> cell.replace("`", "")).toList();
            if (callers == null) {
                callers = cells.subList(2, cells.size());
                continue;
            }
            Map<String, Integer> expected = new LinkedHashMap<>();
            for (int i = 0; i < callers.size(); i++) {
                expected.put(callers.get(i), Integer.valueOf(cells.get(i + 2)));
            }
            rows.add(new Row(cells.get(0), cells.get(1), expected));
        }
        if (callers == null) {
            throw new IllegalArgumentException("the access model has no table");
        }
        return new AccessModel(callers, rows);
    }

    public List<String> callers() {
        return callers;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The operations of an OpenAPI document under /api/, as "METHOD /path". */
    public static Set<String> operations(JsonNode openApi) {
        Set<String> operations = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next();
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    /** What does not match: "no row: …" for an operation without a row, "no operation: …" for a row naming none. */
    public List<String> uncovered(Set<String> operations) {
        List<String> problems = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        rows.forEach(row -> covered.add(row.operation()));
        operations.stream().filter(op -> !covered.contains(op)).forEach(op -> problems.add("no row: " + op));
        covered.stream().filter(op -> !operations.contains(op)).forEach(op -> problems.add("no operation: " + op));
        rows.stream().filter(row -> !ROLES.contains(row.role())).forEach(row -> problems.add("unknown role: " + row.role()));
        return problems;
    }

    /** The roles that no row names for {@code operation}: each must be refused with 403. */
    public List<String> refusedRoles(String operation) {
        Set<String> named = new LinkedHashSet<>();
        rows.stream().filter(row -> row.operation().equals(operation)).forEach(row -> named.add(row.role()));
        return ROLES.stream().filter(role -> !named.contains(role)).toList();
    }
}
