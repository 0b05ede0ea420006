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
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A service's access model: a Markdown table (a test resource, readable by a security officer) with one row per operation
 * of the OpenAPI document and role allowed to call it, and the status each kind of caller gets. Roles a row does not name
 * get 403. {@link #uncovered} tells which operations of the live document have no row, and which rows name no operation;
 * {@link #adminSchemeMismatches} where the administration operations are not for admin alone or not under their scheme;
 * {@link #mismatches} calls every row as every caller over real HTTP with real tokens and tells where the status differs.
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

    /**
     * Where the administration operations part from the table or the document: an operation under {@code adminPath}
     * must be for the admin role alone and require {@code adminScheme} alone, and no other operation may name that
     * scheme. Rows without an operation are left to {@link #uncovered}.
     */
    public List<String> adminSchemeMismatches(JsonNode openApi, String adminPath, String adminScheme) {
        Map<String, Set<String>> named = new LinkedHashMap<>();
        rows.forEach(row -> named.computeIfAbsent(row.operation(), operation -> new LinkedHashSet<>()).add(row.role()));
        List<String> problems = new ArrayList<>();
        named.forEach((operation, roles) -> {
            Row any = new Row(operation, null, Map.of());
            JsonNode documented = openApi.path("paths").path(any.path()).path(any.method().toLowerCase());
            if (documented.isMissingNode()) {
                return;
            }
            Set<String> schemes = new LinkedHashSet<>();
            documented.path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
            if (!any.path().startsWith(adminPath)) {
                if (schemes.contains(adminScheme)) {
                    problems.add(operation + ": not under " + adminPath + ", but its security names " + adminScheme);
                }
                return;
            }
            if (!roles.equals(Set.of("admin"))) {
                problems.add(operation + ": under " + adminPath + ", but its rows name " + roles + ", not admin alone");
            }
            if (!schemes.equals(Set.of(adminScheme))) {
                problems.add(operation + ": under " + adminPath + ", but its security names " + schemes + ", not " + adminScheme + " alone");
            }
        });
        return problems;
    }

    /** The roles that no row names for {@code operation}: each must be refused with 403. */
    public List<String> refusedRoles(String operation) {
        Set<String> named = new LinkedHashSet<>();
        rows.stream().filter(row -> row.operation().equals(operation)).forEach(row -> named.add(row.role()));
        return ROLES.stream().filter(role -> !named.contains(role)).toList();
    }

    /** What one call sends besides its token: path and query parameters, headers and a JSON body. */
    public static final class Request {

        private final Map<String, String> pathParams = new LinkedHashMap<>();
        private final Map<String, Object> queryParams = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Object body = Map.of();

        public Request path(String name, Object value) {
            pathParams.put(name, String.valueOf(value));
            return this;
        }

        public Request query(String name, Object value) {
            queryParams.put(name, value);
            return this;
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request body(Object body) {
            this.body = body;
            return this;
        }

        public String pathParam(String name) {
            return pathParams.get(name);
        }
    }

    /** A service's fixture: the request that calls {@code operation} as {@code role} of {@code agency}. */
    @FunctionalInterface
    public interface Fixture {

        /**
         * @param fresh true for a row's call: a mutation then runs on objects made for this one call; false for the
         *              refused-role check, which may use shared objects (it must change nothing)
         */
        Request prepare(String operation, String role, String agency, boolean fresh);
    }

    /** The live OpenAPI document of the service under test (REST Assured's base URI and port). */
    public static JsonNode liveDocument() {
        try {
            return new ObjectMapper().readTree(RestAssured.given().queryParam("format", "json").get("/q/openapi")
                    .then().statusCode(200).extract().asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code request} to {@code operation} ("POST /api/v1/tips/{id}/triage") with a real token; the status. */
    public static int send(String operation, String role, String agency, Request request) {
        String method = operation.substring(0, operation.indexOf(' '));
        RequestSpecification http = RestAssured.given().auth().oauth2(Tokens.forRole(role, agency)).contentType(ContentType.JSON)
                .pathParams(request.pathParams).queryParams(request.queryParams).headers(request.headers);
        if (!method.equals("GET") && !method.equals("DELETE")) {
            http.body(request.body);
        }
        return http.request(method, operation.substring(operation.indexOf(' ') + 1)).statusCode();
    }

    /**
     * Calls every row as every caller (column name to agency in {@code callers}), each on what {@code fixture} prepares
     * fresh, then every role no row names for an operation, as the caller of column {@code own}, which must get 403.
     * Returns one line per status that differs from the table's, empty when the service keeps its model.
     */
    public List<String> mismatches(Map<String, String> callers, String own, Fixture fixture) {
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            row.expected().forEach((caller, expected) -> {
                String agency = callers.get(caller);
                int actual = send(row.operation(), row.role(), agency, fixture.prepare(row.operation(), row.role(), agency, true));
                if (actual != expected) {
                    mismatches.add(row.operation() + " as " + row.role() + " of " + caller + ": expected " + expected + ", got " + actual);
                }
            });
        }
        rows.stream().map(Row::operation).distinct().forEach(operation -> refusedRoles(operation).forEach(role -> {
            String agency = callers.get(own);
            int actual = send(operation, role, agency, fixture.prepare(operation, role, agency, false));
            if (actual != 403) {
                mismatches.add(operation + " as " + role + " (not named): expected 403, got " + actual);
            }
        }));
        return mismatches;
    }
}
