package vnla.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vnla.common.event.Vocabulary;
import vnla.common.security.KnownAgencies;
import vnla.notification.agency.Tier;
import vnla.testing.OpenApiDocument;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationIsTaggedAndDescribed() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().path("paths");
        List<String> undocumented = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                operations++;
                Map<String, Object> op = operation.getValue();
                if (op.get("summary") == null || op.get("tags") == null) {
                    undocumented.add(operation.getKey() + " " + path.getKey());
                }
            }
        }
        assertTrue(undocumented.isEmpty(), "operations without summary or tag: " + undocumented);
        assertEquals(27, operations, "23 of its own and the 4 administration operations every service has (common)");
    }

    /** The bounds the document promises on whole arrays are the ones the code keeps. */
    @Test
    void arrayBoundsAreTheCodes() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/agencies'.get.responses.'200'.content.'application/json'.schema.maxItems", equalTo(KnownAgencies.IDS.size()))
                .body("paths.'/api/v1/alerts/{id}/escalations'.get.responses.'200'.content.'application/json'.schema.maxItems",
                        equalTo(Tier.values().length - 1))
                .body("components.schemas.AlertView.properties.info.maxItems", equalTo(Vocabulary.Language.values().length))
                .body("components.schemas.PartnerAlert.properties.info.maxItems", equalTo(Vocabulary.Language.values().length))
                .body("paths.'/api/v1/alerts/{id}/deliveries'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/PageDeliveryView"));
    }

    /** stack/openapi/lint (run by ./suite test) lints this file with Spectral and the OWASP ruleset. */
    @Test
    void theLiveDocumentIsSavedForTheLinter() throws IOException {
        assertTrue(Files.size(OpenApiDocument.saveForLint()) > 0);
    }
}
