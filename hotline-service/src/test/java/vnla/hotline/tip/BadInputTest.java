package vnla.hotline.tip;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vnla.common.outbox.OutboxEvent;
import vnla.hotline.TipFixtures;

import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input of every kind gets a 4xx problem+json naming what is wrong, never a 500, and changes nothing. */
@QuarkusTest
class BadInputTest {

    record Case(String name, Consumer<Map<String, Object>> change, String rawBody, String contentType, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> badTips() {
        return Stream.of(
                bad("missing category", tip -> tip.remove("category"), "category"),
                bad("unknown channel", tip -> tip.put("channel", "CARRIER_PIGEON"), "channel"),
                bad("unknown language", tip -> tip.put("language", "fr"), "language"),
                bad("blank description", tip -> tip.put("description", "  "), "description"),
                bad("oversize description", tip -> tip.put("description", "ma túy ".repeat(3000)), "description"),
                bad("province not ISO 3166-2", tip -> tip.put("location", Map.of("provinceCode", "Huế")), "location.provinceCode"),
                bad("latitude out of range", tip -> tip.put("location", Map.of("provinceCode", "VN-26", "latitude", 123.4)), "location.latitude"),
                bad("occurred in the future", tip -> tip.put("occurredAt", "2999-01-01T00:00:00Z"), "occurredAt"),
                bad("occurredAt not a time", tip -> tip.put("occurredAt", "hôm qua"), "occurredAt"),
                bad("person without name", tip -> tip.put("entities", Map.of("persons", List.of(Map.of("name", "")))), "entities.persons[0].name"),
                bad("nationality not ISO", tip -> tip.put("entities", Map.of("persons", List.of(Map.of("name", "Long", "nationality", "Vietnam")))),
                        "entities.persons[0].nationality"),
                bad("negative quantity", tip -> tip.put("entities", Map.of("quantities", List.of(Map.of("item", "heroin", "amount", -5, "unit", "GRAM")))),
                        "entities.quantities[0].amount"),
                bad("too many phone numbers", tip -> tip.put("entities", Map.of("phoneNumbers", java.util.Collections.nCopies(51, "0912345678"))),
                        "entities.phoneNumbers"),
                bad("misspelt field", tip -> tip.put("catgory", "DRUG_TRAFFICKING"), "catgory"),
                bad("missing reporter", tip -> tip.remove("reporter"), "reporter"),
                bad("identified reporter without name", tip -> tip.put("reporter", Map.of("anonymous", false, "phone", "0905111222")), "reporter.name"),
                bad("invalid reporter email", tip -> tip.put("reporter", Map.of("anonymous", false, "name", "Hoa", "email", "not-an-email")), "reporter.email"),
                Arguments.of(new Case("malformed JSON", null, "{\"channel\": ", "application/json", null)),
                Arguments.of(new Case("empty body", null, "", "application/json", null)),
                Arguments.of(new Case("JSON array instead of object", null, "[1,2]", "application/json", null)),
                Arguments.of(new Case("wrong content type", null, "channel=HOTLINE_CALL", "text/plain", null)));
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> change, String field) {
        return Arguments.of(new Case(name, change, null, "application/json", field));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTips")
    void badTipIsAProblemAndChangesNothing(Case bad) {
        long tips = tips();
        long events = events();
        RequestSpecification request = TipFixtures.dutyOfficer().contentType(bad.contentType());
        if (bad.change() != null) {
            Map<String, Object> tip = new HashMap<>(TipFixtures.anonymousTip());
            bad.change().accept(tip);
            request = request.body(tip);
        } else {
            request = request.body(bad.rawBody());
        }

        ValidatableResponse response = request
                .when().post("/api/v1/tips")
                .then().statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)))
                .contentType("application/problem+json")
                .body(not(containsString("Exception")))
                .body(not(containsString("at vnla.")));
        if (bad.field() != null) {
            response.body("violations.field", hasItem(bad.field()));
        }

        assertEquals(tips, tips());
        assertEquals(events, events());
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("malformed tip id", "/api/v1/tips/not-a-uuid", "id"),
                Arguments.of("page size zero", "/api/v1/tips?size=0", "size"),
                Arguments.of("page size too large", "/api/v1/tips?size=5000", "size"),
                Arguments.of("negative page", "/api/v1/tips?page=-1", "page"),
                Arguments.of("unknown status filter", "/api/v1/tips?status=SOLVED", "status"),
                Arguments.of("receivedFrom not a time", "/api/v1/tips?receivedFrom=yesterday", "receivedFrom"),
                Arguments.of("province filter not ISO", "/api/v1/tips?province=Hue", "province"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badQueryIsAProblemNamingTheParameter(String name, String path, String field) {
        TipFixtures.dutyOfficer()
                .when().get(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @ParameterizedTest(name = "Idempotency-Key of {0} characters")
    @org.junit.jupiter.params.provider.ValueSource(ints = { 201, 500 })
    void oversizeIdempotencyKeyIsRejected(int length) {
        long tips = tips();

        TipFixtures.dutyOfficer()
                .header("Idempotency-Key", "k".repeat(length))
                .body(TipFixtures.anonymousTip())
                .when().post("/api/v1/tips")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("Idempotency-Key"));

        assertEquals(tips, tips());
    }

    private static long tips() {
        return QuarkusTransaction.requiringNew().call(() -> Tip.count());
    }

    private static long events() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }
}
