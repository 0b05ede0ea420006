package vnla.cases.result;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.testing.TestClock;

/** The 2022 review of Sơn La with Luang Prabang and Houaphanh (domain.md); no other test records results for Sơn La in 2022. */
@QuarkusTest
class StatisticsTest {

    @Inject
    TestClock clock;

    @Test
    void sonLa2022ResultsSummariseToTheYearlyReviewFigures() {
        UUID withLuangPrabang = Api.open("vn.sonla", Api.operation("vn.sonla", List.of("la.luangprabang"), "DRUG_TRAFFICKING",
                List.of("VN-05", "LA-LP"), LocalDate.of(2022, 1, 10), LocalDate.of(2022, 12, 31)));
        UUID withHouaphanh = Api.open("vn.sonla", Api.operation("vn.sonla", List.of("la.houaphanh"), "WEAPONS_SMUGGLING",
                List.of("VN-05", "LA-HO"), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 11, 30)));
        record("vn.sonla", withLuangPrabang, "2022-02-14", "Sốp Cộp", 3, 4, List.of(drugs("METHAMPHETAMINE_TABLETS", 20000, "TABLET")), 1, 40);
        record("vn.sonla", withLuangPrabang, "2022-06-02", "Mộc Châu", 2, 3, List.of(drugs("METHAMPHETAMINE_TABLETS", 12000, "TABLET"),
                drugs("HEROIN", 500, "GRAM")), 0, 0);
        record("vn.sonla", withHouaphanh, "2022-09-21", "Sông Mã", 3, 4, List.of(drugs("METHAMPHETAMINE_TABLETS", 6000, "TABLET"),
                drugs("CRYSTAL_METHAMPHETAMINE", 1.5, "KILOGRAM")), 2, 64);
        record("vn.sonla", withHouaphanh, "2023-01-05", "Sông Mã", 5, 5, List.of(drugs("METHAMPHETAMINE_TABLETS", 9999, "TABLET")), 9, 999);

        Api.analyst("vn.sonla").queryParam("agency", "vn.sonla").queryParam("partner", "la.luangprabang").queryParam("partner", "la.houaphanh")
                .queryParam("from", "2022-01-01").queryParam("to", "2022-12-31").get("/api/v1/statistics")
                .then().statusCode(200)
                .body("agency", equalTo("vn.sonla"))
                .body("total.operations", equalTo(2))
                .body("total.cases", equalTo(8))
                .body("total.suspects", equalTo(11))
                .body("total.tablets", equalTo(38000))
                .body("total.kilograms", equalTo(2))
                .body("total.weapons", equalTo(3))
                .body("total.rounds", equalTo(104))
                .body("pairs.partner", contains("la.houaphanh", "la.luangprabang"))
                .body("pairs[1].figures.cases", equalTo(5))
                .body("pairs[1].figures.tablets", equalTo(32000))
                .body("pairs[0].figures.rounds", equalTo(64));
    }

    @Test
    void statisticsForOneAgencyPairCountOnlyThatPair() {
        UUID operation = Api.open("vn.hue", Api.operation("vn.hue", List.of("la.sekong"), "DRUG_TRAFFICKING",
                List.of("VN-26", "LA-XE"), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
        record("vn.hue", operation, "2021-07-07", "A Lưới", 1, 2, List.of(drugs("CANNABIS", 250, "GRAM")), 0, 0);

        Api.analyst("vn.hue").queryParam("partner", "la.sekong").queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .get("/api/v1/statistics")
                .then().statusCode(200)
                .body("total.cases", equalTo(1))
                .body("total.suspects", equalTo(2))
                .body("total.kilograms", equalTo(0.25f))
                .body("pairs", hasSize(1));
        Api.analyst("vn.hue").queryParam("partner", "la.savannakhet").queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .get("/api/v1/statistics")
                .then().statusCode(200)
                .body("total.cases", equalTo(0))
                .body("total.tablets", equalTo(0))
                .body("pairs", hasSize(0));
    }

    @Test
    void onlyTheMinistryOfTheAgencysCountryMayAskForAnotherAgencysFigures() {
        Api.analyst("vn.hue").queryParam("agency", "vn.sonla").queryParam("from", "2022-01-01").queryParam("to", "2022-12-31")
                .get("/api/v1/statistics")
                .then().statusCode(403)
                .contentType("application/problem+json");
        Api.as("admin", "la.sekong").queryParam("agency", "vn.sonla").queryParam("from", "2022-01-01").queryParam("to", "2022-12-31")
                .get("/api/v1/statistics")
                .then().statusCode(403);
        Api.as("admin", "la.mps").queryParam("agency", "vn.sonla").queryParam("from", "2022-01-01").queryParam("to", "2022-12-31")
                .get("/api/v1/statistics")
                .then().statusCode(403);
        Api.analyst("vn.mps").queryParam("agency", "vn.sonla").queryParam("from", "2022-01-01").queryParam("to", "2022-12-31")
                .get("/api/v1/statistics")
                .then().statusCode(200)
                .body("agency", equalTo("vn.sonla"));
    }

    @Test
    void statisticsWithoutPeriodIsProblem() {
        Api.analyst("vn.sonla").queryParam("from", "2022-01-01").get("/api/v1/statistics")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void resultWithWrongUnitIsProblemAndRecordsNothing() {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());

        Api.analyst("vn.hue").body(Map.of("date", "2025-12-01", "place", Map.of("provinceCode", "LA-SL"),
                "drugs", List.of(drugs("HEROIN", 3, "ROUND")), "suspectsArrested", -1)).post("/api/v1/operations/{id}/results", operation)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("suspectsArrested"));
        Api.analyst("vn.hue").body(Map.of("date", "2025-12-01", "place", Map.of("provinceCode", "LA-SL"),
                "drugs", List.of(drugs("HEROIN", 3, "ROUND")))).post("/api/v1/operations/{id}/results", operation)
                .then().statusCode(400)
                .body("violations.field", contains("drugs[0].unit"));

        Api.analyst("vn.hue").get("/api/v1/operations/{id}/results", operation)
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("totalItems", equalTo(0));
    }

    /**
     * A seizure made just after midnight in Huế is recorded the same night, dated that day: Indochina Time's day, not the
     * server's (UTC, still the day before until 07:00); the day after is still refused as in the future.
     */
    @Test
    void aResultDatedTodayInIndochinaTimeIsTakenWhileUtcIsStillYesterday() {
        Instant halfPastMidnight = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(17).plusMinutes(30));
        if (halfPastMidnight.isBefore(Instant.now())) {
            halfPastMidnight = halfPastMidnight.plus(Duration.ofDays(1));
        }
        clock.advance(Duration.between(Instant.now(), halfPastMidnight));
        try {
            LocalDate today = LocalDate.ofInstant(halfPastMidnight, ZoneId.of("Asia/Ho_Chi_Minh"));
            UUID operation = Api.open("vn.hue", Api.operation("vn.hue", List.of("la.salavan"), "DRUG_TRAFFICKING",
                    List.of("VN-26", "LA-SL"), today.minusDays(30), null));
            record("vn.hue", operation, today.toString(), "A Lưới", 1, 2, List.of(drugs("METHAMPHETAMINE_TABLETS", 3000, "TABLET")), 0, 0);
            Api.analyst("vn.hue")
                    .body(Map.of("date", today.plusDays(1).toString(), "place", Map.of("provinceCode", "VN-26", "district", "A Lưới"), "drugs", List.of(),
                            "casesOpened", 1, "suspectsArrested", 1, "weapons", 0, "rounds", 0))
                    .post("/api/v1/operations/{id}/results", operation)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("date"));
        } finally {
            clock.reset();
        }
    }

    private static Map<String, Object> drugs(String type, Number quantity, String unit) {
        return Map.of("drugType", type, "quantity", quantity, "unit", unit);
    }

    private static void record(String agency, UUID operation, String date, String district, int cases, int suspects, List<Map<String, Object>> drugs,
            int weapons, int rounds) {
        Api.analyst(agency)
                .body(Map.of("date", date, "place", Map.of("provinceCode", agency.equals("vn.sonla") ? "VN-05" : "VN-26", "district", district), "drugs", drugs,
                        "casesOpened", cases, "suspectsArrested", suspects, "weapons", weapons, "rounds", rounds,
                        "note", "Bắt giữ đối tượng tại huyện " + district))
                .post("/api/v1/operations/{id}/results", operation)
                .then().statusCode(201)
                .body("casesOpened", equalTo(cases));
    }
}
