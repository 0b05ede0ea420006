package vnla.notification.workinggroup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import vnla.notification.Fixtures;
import vnla.testing.Database;
import vnla.testing.Tokens;

/** The Huế working group stationed in Salavan from 2025-11-29 to 2025-12-29, its liaison officer's token, and row counts. */
final class WorkingGroups {

    static final String NAME = "Tổ công tác thường trực Công an TP Huế tại Salavan";
    static final String LEADER = "Nguyễn Văn Đức";

    private WorkingGroups() {
    }

    /** Huế's admin registers its group in Salavan for 2025-11-29..2025-12-29; returns its id, also added to {@code registered}. */
    static String register(List<String> registered) {
        String id = given().auth().oauth2(Fixtures.admin(Fixtures.HUE)).contentType(ContentType.JSON)
                .body(group(period()))
                .when().post("/api/v1/working-groups")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/working-groups/"))
                .body("name", equalTo(NAME))
                .body("status", equalTo("OPEN"))
                .extract().path("id");
        registered.add(id);
        return id;
    }

    /** Closes the groups a test registered: one left open would take the alerts of a later test stationed in the same days. */
    static void closeAll(List<String> registered) {
        registered.forEach(id -> given().auth().oauth2(Fixtures.admin(Fixtures.HUE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Kết thúc kiểm thử")).post("/api/v1/working-groups/{id}/closure", id));
    }

    static Map<String, Object> period() {
        return Map.of("from", "2025-11-29", "to", "2025-12-29");
    }

    static Map<String, Object> group(Map<String, Object> period) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", NAME);
        body.put("originAgency", Fixtures.HUE);
        body.put("hostAgency", Fixtures.SALAVAN);
        body.put("hostArea", "LA-SL");
        body.put("period", period);
        body.put("members", List.of(member(LEADER, "2025-11-29", "2025-12-14"), member("ສົມພອນ ແກ້ວມະນີ", "2025-12-15", "2025-12-29")));
        body.put("onDutyContact", Map.of("name", "Trần Minh Quân", "rank", "Trung tá", "phone", "+856 20 5555 0101"));
        return body;
    }

    static Map<String, Object> member(String name, String from, String to) {
        return Map.of("name", name, "rank", "Thiếu tá", "phone", "+84 234 382 2000", "roster", List.of(Map.of("from", from, "to", to)));
    }

    /** A liaison officer of Huế acting for the group: claim working_group beside agency. */
    static String groupLiaison(String group) {
        return groupToken(Fixtures.HUE, group);
    }

    static String groupToken(String agency, String group) {
        return Tokens.forWorkingGroup("liaison-officer", agency, group);
    }

    static long count(String sql) {
        return Long.parseLong(text(sql));
    }

    static String text(String sql) {
        try (Connection db = Database.asRuntimeRole(); PreparedStatement statement = db.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
