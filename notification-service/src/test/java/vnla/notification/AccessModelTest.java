package vnla.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.common.event.AlertRequested;
import vnla.common.event.EventCodec;
import vnla.common.event.Topics;
import vnla.common.event.Vocabulary;
import vnla.common.openapi.SuiteOpenApiFilter;
import vnla.testing.AccessModel;
import vnla.testing.AdminFixtures;
import vnla.testing.WebhookReceiver;

/**
 * The access model of src/test/resources/access-model.md holds: every operation of the live OpenAPI document has a row,
 * every row names an operation, the administration operations (under /api/v1/admin/) are for admin alone and they
 * alone use the document's admin scheme, each row's status is what each kind of caller gets, and every role not named
 * is refused.
 */
@QuarkusTest
class AccessModelTest {

    static final Map<String, String> CALLERS = Map.of("own", Fixtures.SALAVAN, "partner", Fixtures.HUE, "partner, no agreement",
            Fixtures.SAVANNAKHET, "stranger", Fixtures.SEKONG, "ministry", "la.mps");
    /** Alerts made up front for the rows that act on a fresh one: acknowledgement (1 role) and replay (2 roles), per caller. */
    static final int FRESH_ALERTS = 3 * 5;

    @Inject
    EventCodec codec;

    private final AccessModel model = AccessModel.load("access-model.md");
    private final Deque<String> pool = new ArrayDeque<>();
    private WebhookReceiver receiver;
    private String subscription;
    private String alert;
    private String delivery;
    private String answer;
    private String workingGroup;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void everyOperationOfTheLiveDocumentHasARowAndEveryRowAnOperation() {
        assertEquals(List.of(), model.uncovered(AccessModel.operations(AccessModel.liveDocument())));
    }

    @Test
    void administrationOperationsAreForAdminAloneAndTheyAloneUseTheAdminScheme() {
        assertEquals(List.of(), model.adminSchemeMismatches(AccessModel.liveDocument(), SuiteOpenApiFilter.ADMIN_PATH,
                SuiteOpenApiFilter.ADMIN_SCHEME));
    }

    @Test
    void everyCallerGetsTheStatusOfItsRowAndUnnamedRolesAreRefused() {
        fixture();
        assertEquals(List.of(), model.mismatches(CALLERS, "own", this::prepare));
    }

    /** Salavan subscribes by webhook; Huế's alert requests reach it; the shared alert is acknowledged and delivered. */
    private void fixture() {
        receiver = WebhookReceiver.start();
        subscription = Fixtures.subscribeWebhook(Fixtures.SALAVAN, receiver);
        List<AlertRequested> requests = new java.util.ArrayList<>();
        for (int i = 0; i <= FRESH_ALERTS; i++) {
            AlertRequested request = Fixtures.request(Fixtures.SALAVAN, Vocabulary.Priority.URGENT);
            Fixtures.send(codec, request);
            requests.add(request);
        }
        requests.forEach(request -> pool.add(Fixtures.awaitAlert(Fixtures.SALAVAN, request)));
        alert = pool.remove();
        delivery = settledDelivery(alert);
        given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).contentType(ContentType.JSON)
                .body(Map.of("officerName", "ບຸນມີ ພົມມະວົງ", "officerRank", "Captain"))
                .post("/api/v1/alerts/{id}/acknowledgements", alert).then().statusCode(201);
        answer = given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).contentType(ContentType.JSON).body(confirmed())
                .post("/api/v1/alerts/{id}/answers", alert).then().statusCode(201).extract().path("id");
        workingGroup = newWorkingGroup(Fixtures.HUE);
    }

    /** A working group of {@code origin} (hosted by Salavan, or by Huế for a Lao agency), in a period long past; its id. */
    private static String newWorkingGroup(String origin) {
        return given().auth().oauth2(Fixtures.admin(origin)).contentType(ContentType.JSON).body(workingGroup(origin))
                .post("/api/v1/working-groups").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> workingGroup(String origin) {
        boolean lao = origin.startsWith("la.");
        return Map.of("name", lao ? "ທີມງານປະຈຳການ" : "Tổ công tác thường trực", "originAgency", origin,
                "hostAgency", lao ? Fixtures.HUE : Fixtures.SALAVAN, "hostArea", lao ? "VN-26" : "LA-SL",
                "period", Map.of("from", "2025-01-06", "to", "2025-01-31"),
                "members", List.of(Map.of("name", "Nguyễn Văn Đức")), "onDutyContact", Map.of("name", "Trần Minh Quân"));
    }

    private static Map<String, String> confirmed() {
        return Map.of("result", "CONFIRMED", "note", "ໄດ້ກວດກາແລ້ວ, ຖືກຕ້ອງ", "language", "lo");
    }

    /** The request for the operation as a caller of {@code agency}, on fresh objects for mutations when {@code fresh}. */
    private AccessModel.Request prepare(String operation, String role, String agency, boolean fresh) {
        AccessModel.Request call = new AccessModel.Request();
        String path = operation.substring(operation.indexOf(' ') + 1);
        if (path.contains("{id}")) {
            call.path("id", path.startsWith("/api/v1/agencies") ? Fixtures.SALAVAN
                    : path.startsWith("/api/v1/subscriptions") ? subscription
                    : path.startsWith("/api/v1/working-groups") ? workingGroup : alert);
        }
        if (path.contains("{deliveryId}")) {
            call.path("deliveryId", delivery);
        }
        if (path.contains("{answerId}")) {
            call.path("answerId", answer);
        }
        if (!fresh) {
            return call;
        }
        switch (operation) {
            case "PUT /api/v1/agencies/{id}/contacts" -> call
                    .header("If-Match", given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).get("/api/v1/agencies/la.salavan/contacts")
                            .then().statusCode(200).extract().header("ETag"))
                    .body(Map.of("contacts", List.of(Map.of("tier", "BORDER_POST", "name", "Phommachanh Vongsa", "rank", "Major",
                            "phone", "+856 34 211 000"))));
            case "POST /api/v1/subscriptions" -> call.body(exerciseOnly());
            case "DELETE /api/v1/subscriptions/{id}", "POST /api/v1/subscriptions/{id}/secret-rotations" -> call.path("id",
                    given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).contentType(ContentType.JSON).body(exerciseOnly())
                            .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id"));
            case "POST /api/v1/alerts/{id}/acknowledgements" -> call.path("id", pool.remove())
                    .body(Map.of("officerName", "ແສງທອງ ສີສຸວັນ", "officerRank", "Lieutenant"));
            case "POST /api/v1/alerts/{id}/answers" -> call.body(confirmed());
            case "POST /api/v1/alerts/{id}/deliveries/{deliveryId}/retry" -> {
                String next = pool.remove();
                call.path("id", next).path("deliveryId", settledDelivery(next));
            }
            case "POST /api/v1/working-groups" -> call.body(workingGroup(agency));
            case "POST /api/v1/working-groups/{id}/closure" -> call.path("id", newWorkingGroup(Fixtures.HUE))
                    .body(Map.of("reason", "Hoàn thành nhiệm vụ"));
            case "POST /api/v1/admin/dead-letters/{id}/replay" -> call.path("id",
                    AdminFixtures.deadLetter(Topics.CASES_ALERT_REQUESTS + Topics.DEAD_LETTER_SUFFIX));
            case "POST /api/v1/admin/set-aside-events/{id}/retry" -> call.path("id", AdminFixtures.setAsideEvent(Topics.NOTIFICATIONS_ALERTS));
            default -> {
            }
        }
        return call;
    }

    /** A webhook subscription of Salavan that takes only EXERCISE alerts, so it adds no delivery to the fixture's. */
    private Map<String, Object> exerciseOnly() {
        return Map.of("channel", "WEBHOOK", "url", receiver.url(), "description", "Tập huấn", "filters", Map.of("statuses", List.of("EXERCISE")));
    }

    /** The id of the alert's delivery once it is no longer pending or in flight (a replay needs that). */
    private static String settledDelivery(String alertId) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<String> statuses = given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).get("/api/v1/alerts/{id}/deliveries", alertId)
                    .then().statusCode(200).extract().path("items.status");
            return statuses.size() == 1 && !statuses.get(0).equals("PENDING") && !statuses.get(0).equals("IN_FLIGHT");
        });
        return given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).get("/api/v1/alerts/{id}/deliveries", alertId)
                .then().statusCode(200).extract().path("items[0].id");
    }
}
