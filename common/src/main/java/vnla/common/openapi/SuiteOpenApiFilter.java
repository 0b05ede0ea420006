package vnla.common.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import vnla.common.problem.Problem;

/**
 * What every service's OpenAPI document shares, added once here rather than on each resource: the {@code Problem}
 * schema and the standard problem+json error responses of each operation (401, 403, 429, 500, 503 everywhere; 400 and 413
 * with a body, 400 with query parameters; 404 with path parameters; 412 and 428 with If-Match; 422 with
 * Idempotency-Key), roles named in the description instead of as bearer scopes, the administration operations (under
 * {@value #ADMIN_PATH}) under their own bearer scheme ({@value #ADMIN_SCHEME}), and the suite-wide bounds on strings
 * and integers that have no tighter ones (registered with {@code mp.openapi.filter}).
 */
public class SuiteOpenApiFilter implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    /**
     * Where the administration operations live: maintenance of the whole service (key rotation, audit verification)
     * rather than of an agency's objects, for the admin role alone (each service's AccessModelTest checks it).
     */
    public static final String ADMIN_PATH = "/api/v1/admin/";
    /** The scheme of the administration operations: the same tokens, documented apart (OWASP API5). */
    public static final String ADMIN_SCHEME = "AdminSecurityScheme";
    static final String ADMIN_SCHEME_DESCRIPTION = "For the administration operations under " + ADMIN_PATH + ", which maintain "
            + "the whole service rather than an agency's objects: the same JWS (RS256) bearer token as SecurityScheme, from "
            + "the same issuer and validated alike as RFC8725 recommends (fixed algorithm, issuer, audience and expiry "
            + "checked), whose groups claim must hold admin; any other role gets 403. A scheme of its own so that "
            + "integrators and gateways can tell the operations that need an admin token from the others.";
    static final Map<String, String> STANDARD = Map.ofEntries(
            Map.entry("400", "Bad input: the fields in violations, or a malformed body or parameter; nothing changed"),
            Map.entry("401", "No valid bearer token (issuer, audience, signature, expiry)"),
            Map.entry("403", "The token's role may not call this operation, or its agency is not known"),
            Map.entry("404", "No such object in the caller's agency: another agency's answers the same"),
            Map.entry("412", "If-Match names a stale version: read again and retry"),
            Map.entry("413", "The request body is larger than the limit (1 MB)"),
            Map.entry("422", "The Idempotency-Key was used before with another body"),
            Map.entry("428", "If-Match is required"),
            Map.entry("429", "Rate limit reached: retry after Retry-After seconds"),
            Map.entry("500", "An unexpected error; nothing the caller sent is at fault"),
            Map.entry("503", "This instance is past its capacity or cannot reach its database: retry after Retry-After seconds (a create with "
                    + "the same Idempotency-Key is recorded once)"));

    /** The longest string any request may carry (suite.json.max-string-length, enforced by the JSON reader). */
    private final int maxStringLength = ConfigProvider.getConfig().getOptionalValue("suite.json.max-string-length", Integer.class)
            .orElse(1_000_000);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        Schema text = OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxStringLength);
        Schema violation = OASFactory.createSchema().addType(SchemaType.OBJECT).description("One bad field and what is wrong with it")
                .addProperty("field", OASFactory.createSchema().addType(SchemaType.STRING).maxLength(500)
                        .description("Its path in the request, e.g. location.provinceCode"))
                .addProperty("message", OASFactory.createSchema().addType(SchemaType.STRING).maxLength(2000));
        components.addSchema("Problem", OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details; a bad request lists its field errors in violations")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference").maxLength(2000))
                .addProperty("title", OASFactory.createSchema().addType(SchemaType.STRING).maxLength(200))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference").maxLength(2000))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(1000).items(violation)));
        adminScheme(openAPI, components);
    }

    /**
     * The operations under {@link #ADMIN_PATH} require the admin scheme instead of the bearer scheme they had; the admin
     * scheme, when a service has such operations, is that bearer scheme with the admin role requirement in its
     * description, so that both describe the same token format.
     */
    private static void adminScheme(OpenAPI openAPI, Components components) {
        List<Operation> admin = openAPI.getPaths() == null ? List.of() : openAPI.getPaths().getPathItems().entrySet().stream()
                .filter(path -> path.getKey().startsWith(ADMIN_PATH))
                .flatMap(path -> path.getValue().getOperations().values().stream())
                .filter(operation -> operation.getSecurity() != null)
                .toList();
        admin.forEach(operation -> operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(ADMIN_SCHEME, List.of()))));
        if (admin.isEmpty() || components.getSecuritySchemes() != null && components.getSecuritySchemes().containsKey(ADMIN_SCHEME)) {
            return;
        }
        SecurityScheme bearer = components.getSecuritySchemes() == null ? null
                : components.getSecuritySchemes().values().stream().filter(scheme -> scheme.getType() == SecurityScheme.Type.HTTP)
                        .findFirst().orElse(null);
        components.addSecurityScheme(ADMIN_SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme(bearer == null ? "bearer" : bearer.getScheme())
                .bearerFormat(bearer == null ? "JWT" : bearer.getBearerFormat())
                .description(ADMIN_SCHEME_DESCRIPTION));
    }

    @Override
    public Operation filterOperation(Operation operation) {
        rolesIntoDescription(operation);
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        Set<String> codes = new LinkedHashSet<>(List.of("401", "403", "429", "500", "503"));
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (operation.getRequestBody() != null) {
            codes.add("400");
            codes.add("413");
        }
        for (Parameter p : parameters) {
            if (p.getIn() == Parameter.In.QUERY) {
                codes.add("400");
            } else if (p.getIn() == Parameter.In.PATH) {
                codes.add("404");
            } else if (p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName())) {
                codes.add("412");
                codes.add("428");
            } else if (p.getIn() == Parameter.In.HEADER && "Idempotency-Key".equalsIgnoreCase(p.getName())) {
                codes.add("422");
            }
        }
        codes.forEach(code -> {
            if (responses.getAPIResponse(code) == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(STANDARD.get(code)));
            }
        });
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                asProblem(code, response);
            }
        });
        return operation;
    }

    /** Error answers are problem+json; a 429 and a 503 say when to retry. */
    private static void asProblem(String code, APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
            Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
            response.setContent(content);
        }
        if ((code.equals("429") || code.equals("503")) && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
            Header retryAfter = OASFactory.createHeader().description("Seconds until a retry may succeed")
                    .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                            .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(86_400)));
            response.addHeader("Retry-After", retryAfter);
        }
    }

    /**
     * Roles are not OAuth scopes: the bearer token carries them in its groups claim. The requirement keeps the scheme
     * without scopes, and the description names the roles unless it already does.
     */
    private static void rolesIntoDescription(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        List<SecurityRequirement> plain = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            SecurityRequirement without = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                if (scopes != null) {
                    roles.addAll(scopes);
                }
                without.addScheme(scheme, List.of());
            });
            plain.add(without);
        }
        operation.setSecurity(plain);
        String description = operation.getDescription() == null ? "" : operation.getDescription().strip();
        if (!roles.isEmpty() && roles.stream().noneMatch(description::contains)) {
            String named = (roles.size() == 1 ? "Role " : "Roles ") + String.join(", ", roles) + ".";
            operation.setDescription(description.isEmpty() ? named : description + " " + named);
        }
    }

    /**
     * Strings and integers without a tighter bound get the suite-wide one: no request string is longer than
     * suite.json.max-string-length (the JSON reader refuses it), and an integer is within its format's range.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null || schema.getType() == null) {
            return schema;
        }
        if (schema.getType().contains(SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            schema.setMaxLength(maxStringLength);
        }
        if (schema.getType().contains(SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        return schema;
    }
}
