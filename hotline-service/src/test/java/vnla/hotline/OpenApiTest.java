package vnla.hotline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import vnla.testing.OpenApiDocument;

/** The contract integrators build against: open without a token, described, secured, with Vietnamese and Lao examples. */
@QuarkusTest
class OpenApiTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL health;

    @Test
    void openApiDescribesTheTipsApiWithExamplesAndSecurity() {
        given()
                .queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("hotline-service"))
                .body("info.description", containsString("Reporter identity never leaves"))
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/tips'.post.summary", equalTo("Record an incoming tip"))
                .body("paths.'/api/v1/tips'.post.requestBody.content.'application/json'.examples", notNullValue())
                .body(containsString("ມີລາຍງານວ່າ"))
                .body(containsString("Người dân báo tin"));
    }

    @Test
    void openApiDescribesTwoPersonDisclosure() {
        given()
                .queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/tips/{id}/reporter-disclosure-requests'.post.description", containsString("second person"))
                .body("paths.'/api/v1/tips/{id}/reporter-disclosure-requests/{requestId}/decision'.post.description", containsString("never the requester"))
                .body("paths.'/api/v1/tips/{id}/reporter-disclosure-requests/{requestId}/disclosure'.post.description", containsString("once"))
                .body("paths.'/api/v1/tips/{id}/reporter-disclosures'.post", nullValue())
                .body("paths.'/api/v1/admin/audit/verification'.get.description", containsString("Role admin"))
                .body("paths.'/api/v1/admin/key-rotations'.post.description", containsString("Role admin"));
    }

    @Test
    void adminOperationsHaveABearerSchemeOfTheirOwn() {
        given()
                .queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.AdminSecurityScheme.scheme", equalTo("bearer"))
                .body("components.securitySchemes.AdminSecurityScheme.bearerFormat", equalTo("JWT"))
                .body("components.securitySchemes.AdminSecurityScheme.description", containsString("must hold admin"))
                .body("paths.'/api/v1/admin/key-rotations'.post.security", equalTo(List.of(Map.of("AdminSecurityScheme", List.of()))))
                .body("paths.'/api/v1/admin/audit/verification'.get.security", equalTo(List.of(Map.of("AdminSecurityScheme", List.of()))))
                .body("paths.'/api/v1/tips/{id}/reporter-disclosures'.get.security", equalTo(List.of(Map.of("SecurityScheme", List.of()))));
    }

    @Test
    void healthIsOpenAndReady() {
        given()
                .when().get(health)
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    /** stack/openapi/lint (run by ./suite test) lints this file with Spectral and the OWASP ruleset. */
    @Test
    void theLiveDocumentIsSavedForTheLinter() throws IOException {
        assertTrue(Files.size(OpenApiDocument.saveForLint()) > 0);
    }
}
