package vnla.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vnla.testing.OpenApiDocument;

/** Integrators read the OpenAPI document: every operation is tagged and has a summary and a description. */
@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasTagSummaryAndDescription() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> incomplete = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof Map) || method.equals("parameters")) {
                return;
            }
            if (operation.get("summary") == null || operation.get("description") == null || ((List<String>) operation.get("tags")).isEmpty()) {
                incomplete.add(method.toUpperCase() + " " + path);
            }
        }));
        assertTrue(paths.containsKey("/api/v1/operations/{id}/suggestions"));
        assertTrue(paths.containsKey("/api/v1/statistics"));
        assertEquals(List.of(), incomplete);
    }

    /** stack/openapi/lint (run by ./suite test) lints this file with Spectral and the OWASP ruleset. */
    @Test
    void theLiveDocumentIsSavedForTheLinter() throws IOException {
        assertTrue(Files.size(OpenApiDocument.saveForLint()) > 0);
    }
}
