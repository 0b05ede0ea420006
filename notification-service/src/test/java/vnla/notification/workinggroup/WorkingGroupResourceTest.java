package vnla.notification.workinggroup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vnla.notification.workinggroup.WorkingGroups.LEADER;
import static vnla.notification.workinggroup.WorkingGroups.NAME;
import static vnla.notification.workinggroup.WorkingGroups.count;
import static vnla.notification.workinggroup.WorkingGroups.group;
import static vnla.notification.workinggroup.WorkingGroups.groupLiaison;
import static vnla.notification.workinggroup.WorkingGroups.groupToken;
import static vnla.notification.workinggroup.WorkingGroups.member;
import static vnla.notification.workinggroup.WorkingGroups.period;
import static vnla.notification.workinggroup.WorkingGroups.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.notification.Fixtures;

/**
 * Registering a working group: its text byte-exact, seen by its origin and host only; a bad one is a 400 naming the
 * field and stores nothing; a token naming another agency's group is refused.
 */
@QuarkusTest
class WorkingGroupResourceTest {

    private final List<String> groups = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        WorkingGroups.closeAll(groups);
    }

    @Test
    void registeredGroupKeepsItsTextByteExactAndIsSeenByItsOriginAndHostOnly() {
        String group = WorkingGroups.register(groups);
        given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN))
                .when().get("/api/v1/working-groups/{id}", group)
                .then().statusCode(200)
                .body("name", equalTo(NAME))
                .body("originAgency", equalTo(Fixtures.HUE))
                .body("hostAgency", equalTo(Fixtures.SALAVAN))
                .body("hostArea", equalTo("LA-SL"))
                .body("period.from", equalTo("2025-11-29"))
                .body("period.to", equalTo("2025-12-29"))
                .body("members[0].name", equalTo(LEADER))
                .body("members[1].name", equalTo("ສົມພອນ ແກ້ວມະນີ"))
                .body("members[0].roster[0].to", equalTo("2025-12-14"))
                .body("onDutyContact.name", equalTo("Trần Minh Quân"))
                .body("status", equalTo("OPEN"));
        given().auth().oauth2(Fixtures.admin(Fixtures.SEKONG))
                .when().get("/api/v1/working-groups/{id}", group)
                .then().statusCode(404);
        assertEquals(NAME, text("select name from working_group where id = '" + group + "'"));
    }

    @Test
    void rejectsBadGroupsNamingTheFieldAndStoresNothing() {
        long groupsBefore = count("select count(*) from working_group");
        long membersBefore = count("select count(*) from working_group_member");
        Map<String, Object> endsBeforeItStarts = group(Map.of("from", "2025-12-29", "to", "2025-11-29"));
        rejected(endsBeforeItStarts, "period.to");
        rejected(group(Map.of("from", "2025-11-29")), "period.to");
        rejected(group(Map.of("to", "2025-12-29")), "period.from");
        Map<String, Object> notTheHostsProvince = group(period());
        notTheHostsProvince.put("hostArea", "LA-XE");
        rejected(notTheHostsProvince, "hostArea");
        Map<String, Object> hostedAtHome = group(period());
        hostedAtHome.put("hostAgency", Fixtures.HUE);
        hostedAtHome.put("hostArea", "VN-26");
        rejected(hostedAtHome, "hostAgency");
        Map<String, Object> ministryHost = group(period());
        ministryHost.put("hostAgency", "la.mps");
        rejected(ministryHost, "hostAgency");
        Map<String, Object> shiftOutside = group(period());
        shiftOutside.put("members", List.of(member(LEADER, "2025-12-20", "2026-01-05")));
        rejected(shiftOutside, "members[0].roster[0]");
        Map<String, Object> noMembers = group(period());
        noMembers.put("members", List.of());
        rejected(noMembers, "members");
        given().auth().oauth2(Fixtures.admin(Fixtures.SALAVAN)).contentType(ContentType.JSON)
                .body(group(period()))
                .when().post("/api/v1/working-groups")
                .then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(groupsBefore, count("select count(*) from working_group"));
        assertEquals(membersBefore, count("select count(*) from working_group_member"));
    }

    @Test
    void aTokenNamingAnotherAgencysGroupIsRefused() {
        String group = WorkingGroups.register(groups);
        given().auth().oauth2(groupToken(Fixtures.SEKONG, group))
                .when().get("/api/v1/alerts")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(groupLiaison(group)).contentType(ContentType.JSON)
                .body(Map.of("channel", "KAFKA"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("channel"));
    }

    private static void rejected(Map<String, Object> body, String field) {
        given().auth().oauth2(Fixtures.admin(Fixtures.HUE)).contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/working-groups")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }
}
