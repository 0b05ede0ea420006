package vnla.system;

import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vnla.testing.Tokens;

/** Calls to the running services' public APIs, as a given role of a given agency. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification hotline(String role, String agency) {
        return as(Suite.HOTLINE, role, agency);
    }

    public static RequestSpecification cases(String role, String agency) {
        return as(Suite.CASES, role, agency);
    }

    public static RequestSpecification notifications(String role, String agency) {
        return as(Suite.NOTIFICATIONS, role, agency);
    }

    /** A call to one given instance of a service. */
    public static RequestSpecification as(ServiceProcess service, String role, String agency) {
        return RestAssured.given()
                .baseUri(service.url())
                .auth().oauth2(Tokens.forRole(role, agency))
                .contentType(ContentType.JSON);
    }

    /**
     * An agreement between the two agencies from {@code from} (to {@code to}, or open-ended): proposed by an admin of
     * {@code first}, countersigned by an admin of {@code second}. Returns its id.
     */
    public static String agreement(String first, String second, String from, String to) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("agencies", List.of(first, second), "validFrom", from,
                "title", "Biên bản ghi nhớ hợp tác " + first + " – " + second));
        if (to != null) {
            body.put("validTo", to);
        }
        String id = cases("admin", first).body(body).when().post("/api/v1/agreements").then().statusCode(201).extract().path("id");
        cases("admin", second).when().post("/api/v1/agreements/" + id + "/countersignature").then().statusCode(200);
        return id;
    }

    /** The lead opens the operation, and an analyst of every partner invited accepts; returns its id. */
    public static String openOperation(String lead, Map<String, Object> operation) {
        String id = cases("analyst", lead).body(operation).when().post("/api/v1/operations").then().statusCode(201).extract().path("id");
        @SuppressWarnings("unchecked")
        List<String> partners = (List<String>) operation.get("partnerAgencies");
        for (String partner : partners) {
            String invitation = cases("analyst", partner).queryParam("status", "PENDING").queryParam("size", 100).when().get("/api/v1/invitations")
                    .then().statusCode(200).extract().path("items.find { it.operationId == '" + id + "' }.id");
            cases("analyst", partner).when().post("/api/v1/invitations/" + invitation + "/accept").then().statusCode(200);
        }
        return id;
    }

    /** Removes every subscription an agency has, so only the test's own receiver gets its alerts. */
    public static void unsubscribeAll(String agency) {
        List<String> ids;
        do {
            ids = notifications("admin", agency).queryParam("size", 100).when().get("/api/v1/subscriptions").then().statusCode(200)
                    .extract().jsonPath().getList("items.id");
            ids.forEach(id -> notifications("admin", agency).when().delete("/api/v1/subscriptions/" + id).then().statusCode(204));
        } while (!ids.isEmpty());
    }

    /** Subscribes an agency's webhook and returns the signing secret shown once. */
    public static String subscribeWebhook(String agency, String url) {
        return notifications("liaison-officer", agency)
                .body(Map.of("channel", "WEBHOOK", "url", url, "description", "Trực ban công an tỉnh"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .extract().path("secret");
    }

    public static void subscribeKafka(String agency) {
        notifications("liaison-officer", agency)
                .body(Map.of("channel", "KAFKA"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201);
    }
}
