package vnla.cases.operation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.testing.Database;

/**
 * An operation's working groups belong to a party and have a valid period: the Huế group stationed in Salavan is
 * taken with its host named; a bad period, a non-party group or a host province that is not another party's is a 400
 * naming the field, and nothing is stored.
 */
@QuarkusTest
class WorkingGroupTest {

    @Test
    void huesGroupInSalavanIsTakenWithItsHostAndItsNameByteExact() {
        Map<String, Object> operation = Api.hueSalavan();
        Api.analyst("vn.hue").body(operation).post("/api/v1/operations")
                .then().statusCode(201)
                .body("workingGroups.name", contains("Tổ công tác thường trực Công an TP Huế tại Salavan"))
                .body("workingGroups[0].agency", equalTo("vn.hue"))
                .body("workingGroups[0].hostAgency", equalTo("la.salavan"))
                .body("workingGroups[0].hostProvinceCode", equalTo("LA-SL"))
                .body("workingGroups[0].from", equalTo("2025-11-29"))
                .body("workingGroups[0].to", equalTo("2025-12-29"));
    }

    @Test
    void aPartnerStillInvitedMayHostTheGroupOfTheLead() {
        Map<String, Object> operation = withGroup(g -> g.put("hostAgency", "la.salavan"));
        UUID id = Api.openInviting("vn.hue", operation);
        Api.analyst("vn.hue").get("/api/v1/operations/{id}", id)
                .then().statusCode(200)
                .body("workingGroups[0].hostAgency", equalTo("la.salavan"));
    }

    @Test
    void rejectsAGroupWhoseEndIsBeforeItsStart() throws Exception {
        rejected(withGroup(g -> g.put("to", "2025-11-28")), "workingGroups[0].to");
    }

    @Test
    void rejectsAGroupWithoutItsDates() throws Exception {
        rejected(withGroup(g -> g.remove("from")), "workingGroups[0].from");
        rejected(withGroup(g -> g.remove("to")), "workingGroups[0].to");
    }

    @Test
    void rejectsAGroupOfAnAgencyThatIsNotAParty() throws Exception {
        rejected(withGroup(g -> g.put("agency", "vn.sonla")), "workingGroups[0].agency");
    }

    @Test
    void rejectsAHostThatIsNotAnotherPartyOrNotInItsProvince() throws Exception {
        rejected(withGroup(g -> g.remove("hostProvinceCode")), "workingGroups[0].hostProvinceCode");
        rejected(withGroup(g -> g.put("hostProvinceCode", "LA-XE")), "workingGroups[0].hostProvinceCode");
        rejected(withGroup(g -> g.put("hostProvinceCode", "VN-26")), "workingGroups[0].hostProvinceCode");
        rejected(withGroup(g -> g.put("hostProvinceCode", "LA-ZZ")), "workingGroups[0].hostProvinceCode");
        rejected(withGroup(g -> g.put("hostAgency", "la.sekong")), "workingGroups[0].hostAgency");
        rejected(withGroup(g -> g.put("hostAgency", "vn.hue")), "workingGroups[0].hostAgency");
        rejected(withGroup(g -> {
            g.put("hostAgency", "la.salavan");
            g.put("hostProvinceCode", "LA-XE");
        }), "workingGroups[0].hostProvinceCode");
    }

    /** Huế with Salavan, whose one working group is the Huế group in Salavan changed by {@code change}. */
    private static Map<String, Object> withGroup(Consumer<Map<String, Object>> change) {
        Map<String, Object> operation = Api.hueSalavan();
        Map<String, Object> group = new HashMap<>(Api.hueWorkingGroupInSalavan());
        change.accept(group);
        operation.put("workingGroups", List.of(group));
        return operation;
    }

    /** 400 problem+json naming {@code field}; no operation and no invitation with its code name. */
    private static void rejected(Map<String, Object> operation, String field) throws Exception {
        long invitations = count("select count(*) from operation_invitation");
        Api.analyst("vn.hue").body(operation).post("/api/v1/operations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains(field));
        assertEquals(0, count("select count(*) from joint_operation where code_name = '" + operation.get("codeName") + "'"));
        assertEquals(invitations, count("select count(*) from operation_invitation"));
    }

    private static long count(String sql) throws Exception {
        try (Connection db = Database.asRuntimeRole(); PreparedStatement statement = db.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
