package vnla.cases.suggestion;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.cases.TipFeed;
import vnla.common.event.TipEntities;
import vnla.common.event.TipReceived;
import vnla.common.event.Vocabulary;

@QuarkusTest
class SuggestionTest {

    @Inject
    TipFeed feed;

    @Test
    void tipSharingANormalisedPhoneIsSuggestedWithThatReason() {
        String local = "09" + digits(8);
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived linked = feed.received(TipFeed.tip("vn.hue", TipFeed.phones(local.substring(0, 4) + " " + local.substring(4, 7) + " " + local.substring(7))));
        Api.link("vn.hue", operation, linked.tipId());
        TipReceived sharing = feed.received(elsewhere("vn.hue", TipFeed.phones("+84 " + local.substring(1))));
        TipReceived unrelated = feed.received(elsewhere("vn.hue", TipFeed.phones("09" + digits(8))));

        Api.analyst("vn.hue").queryParam("size", 100).get("/api/v1/operations/{id}/suggestions", operation)
                .then().statusCode(200)
                .body("items.tipId", hasItem(sharing.tipId().toString()))
                .body("items.tipId", not(hasItem(unrelated.tipId().toString())))
                .body("items.tipId", not(hasItem(linked.tipId().toString())))
                .body("items.find { it.tipId == '" + sharing.tipId() + "' }.score", equalTo(40))
                .body("items.find { it.tipId == '" + sharing.tipId() + "' }.reasons.reason", contains("SHARED_PHONE"))
                .body("items.find { it.tipId == '" + sharing.tipId() + "' }.reasons[0].value", equalTo("+84" + local.substring(1)));
    }

    @Test
    void tipNamingThePersonWithoutDiacriticsIsSuggestedWithSharedName() {
        String suffix = letters(6);
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived linked = feed.received(TipFeed.tip("vn.hue", TipFeed.person("Nguyễn Văn Long " + suffix, "Đức Tèo " + suffix)));
        Api.link("vn.hue", operation, linked.tipId());
        TipReceived byName = feed.received(elsewhere("vn.hue", TipFeed.person("nguyen van long " + suffix.toLowerCase())));
        TipReceived byAlias = feed.received(elsewhere("vn.hue", TipFeed.person("Trần Minh", "DUC TEO " + suffix.toUpperCase())));
        TipReceived unrelated = feed.received(elsewhere("vn.hue", TipFeed.person("Nguyễn Văn Lương " + suffix)));

        Api.analyst("vn.hue").queryParam("size", 100).get("/api/v1/operations/{id}/suggestions", operation)
                .then().statusCode(200)
                .body("items.tipId", hasItems(byName.tipId().toString(), byAlias.tipId().toString()))
                .body("items.tipId", not(hasItem(unrelated.tipId().toString())))
                .body("items.find { it.tipId == '" + byName.tipId() + "' }.reasons.reason", contains("SHARED_NAME"))
                .body("items.find { it.tipId == '" + byName.tipId() + "' }.reasons[0].value", equalTo("nguyen van long " + suffix.toLowerCase()))
                .body("items.find { it.tipId == '" + byName.tipId() + "' }.reasons[0].asWritten", equalTo("nguyen van long " + suffix.toLowerCase()))
                .body("items.find { it.tipId == '" + byAlias.tipId() + "' }.reasons[0].asWritten", equalTo("DUC TEO " + suffix.toUpperCase()));
    }

    @Test
    void laoNamesAreComparedAsWritten() {
        String suffix = digits(6);
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived linked = feed.received(TipFeed.tip("la.salavan", TipFeed.person("ສົມຊາຍ ວົງສາ " + suffix)));
        Api.link("la.salavan", operation, linked.tipId());
        TipReceived same = feed.received(elsewhere("la.salavan", TipFeed.person("ສົມຊາຍ ວົງສາ " + suffix)));
        TipReceived other = feed.received(elsewhere("la.salavan", TipFeed.person("ສົມພອນ ວົງສາ " + suffix)));

        Api.analyst("la.salavan").queryParam("size", 100).get("/api/v1/operations/{id}/suggestions", operation)
                .then().statusCode(200)
                .body("items.tipId", hasItem(same.tipId().toString()))
                .body("items.tipId", not(hasItem(other.tipId().toString())))
                .body("items.find { it.tipId == '" + same.tipId() + "' }.reasons[0].value", equalTo("ສົມຊາຍ ວົງສາ " + suffix));
    }

    @Test
    void plateAndIdNumberMatchAfterNormalisationAndContextAddsReasons() {
        String plate = digits(2) + "B" + digits(5);
        String idNumber = digits(12);
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived linked = feed.received(TipFeed.tip("vn.hue", TipFeed.everything("Lê Văn Tám", idNumber, "0905 " + digits(6), plate)));
        Api.link("vn.hue", operation, linked.tipId());
        TipReceived sharing = feed.received(TipFeed.tip("vn.hue", TipFeed.everything("Phạm Hùng",
                idNumber.substring(0, 6) + " " + idNumber.substring(6), "0906 " + digits(6),
                plate.substring(0, 3).toLowerCase() + "-" + plate.substring(3, 6) + "." + plate.substring(6))));

        Api.analyst("vn.hue").queryParam("size", 100).get("/api/v1/operations/{id}/suggestions", operation)
                .then().statusCode(200)
                .body("items.find { it.tipId == '" + sharing.tipId() + "' }.reasons.reason",
                        contains("SHARED_ID_NUMBER", "SHARED_PLATE", "SAME_AREA", "SAME_CATEGORY", "WITHIN_PERIOD"))
                .body("items.find { it.tipId == '" + sharing.tipId() + "' }.score", equalTo(40 + 35 + 10 + 10 + 5))
                .body("items.find { it.tipId == '" + sharing.tipId() + "' }.reasons[1].value", equalTo(plate));
    }

    @Test
    void rejectedSuggestionIsNotSuggestedAgain() {
        String phone = "0935" + digits(6);
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived linked = feed.received(TipFeed.tip("vn.hue", TipFeed.phones(phone)));
        Api.link("vn.hue", operation, linked.tipId());
        TipReceived sharing = feed.received(elsewhere("vn.hue", TipFeed.phones(phone)));

        Api.analyst("vn.hue").body(Map.of("note", "Trùng số nhưng khác đối tượng")).post("/api/v1/operations/{id}/suggestions/{tipId}/reject", operation, sharing.tipId())
                .then().statusCode(204);

        Api.analyst("vn.hue").queryParam("size", 100).get("/api/v1/operations/{id}/suggestions", operation)
                .then().statusCode(200)
                .body("items.tipId", not(hasItem(sharing.tipId().toString())));
        Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                .body("items.kind", hasItem("SUGGESTION_REJECTED"));
    }

    @Test
    void acceptedSuggestionBecomesALink() {
        String phone = "0936" + digits(6);
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived linked = feed.received(TipFeed.tip("vn.hue", TipFeed.phones(phone)));
        Api.link("vn.hue", operation, linked.tipId());
        TipReceived sharing = feed.received(elsewhere("vn.hue", TipFeed.phones(phone)));

        Api.analyst("vn.hue").post("/api/v1/operations/{id}/suggestions/{tipId}/accept", operation, sharing.tipId())
                .then().statusCode(201)
                .body("fromSuggestion", equalTo(true));

        Api.analyst("vn.hue").get("/api/v1/operations/{id}/links", operation)
                .then().statusCode(200)
                .body("items.tipId", contains(linked.tipId().toString(), sharing.tipId().toString()));
        Api.analyst("vn.hue").queryParam("size", 100).get("/api/v1/operations/{id}/suggestions", operation)
                .then().statusCode(200)
                .body("items.tipId", not(hasItem(sharing.tipId().toString())));
    }

    @Test
    void suggestionsOfAnotherAgencysOperationAreNotFound() {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());

        Api.analyst("vn.sonla").get("/api/v1/operations/{id}/suggestions", operation)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** A tip outside the operation's area, category and period: only shared identifiers can make it a suggestion. */
    private static TipReceived elsewhere(String agency, TipEntities entities) {
        return TipFeed.tip(agency, Vocabulary.Category.HUMAN_TRAFFICKING, agency.startsWith("la") ? "LA-CH" : "VN-27",
                OffsetDateTime.of(LocalDate.of(2023, 5, 1).atTime(10, 0), ZoneOffset.UTC), entities);
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append((int) (Math.random() * 10));
        }
        return digits.toString();
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + (int) (Math.random() * 26)));
        }
        return letters.toString();
    }
}
