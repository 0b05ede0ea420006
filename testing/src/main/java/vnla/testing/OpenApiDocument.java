package vnla.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.restassured.RestAssured;

/** The live OpenAPI document of the service under test, saved where stack/openapi/lint reads it: target/openapi.json. */
public final class OpenApiDocument {

    /** Relative to the module under test (Surefire's working directory). */
    public static final Path LINT_INPUT = Path.of("target", "openapi.json");

    private OpenApiDocument() {
    }

    /** Fetches /q/openapi as JSON and writes it to {@link #LINT_INPUT}; returns the path. */
    public static Path saveForLint() {
        byte[] document = RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asByteArray();
        try {
            Files.createDirectories(LINT_INPUT.getParent());
            return Files.write(LINT_INPUT, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
