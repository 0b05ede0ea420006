package vnla.cases.victim;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.testing.Database;

/** The victim disclosure audit is tamper-evident: an admin verifies its hash chain and sees the first altered row. */
@QuarkusTest
class VictimAuditChainTest {

    private static final String VERIFICATION = "/api/v1/admin/audit/victim-disclosures/verification";
    private static final String REASON = "Xác minh nhân thân để hỗ trợ tái hòa nhập cộng đồng";

    /** A request of a Quảng Nam custodian, its approval by Quảng Nam's admin and the read: three chained rows; returns the request id. */
    private static String auditedDisclosure() {
        Api.agreement(VictimTest.SAVANNAKHET, VictimTest.QUANG_NAM, "2025-01-01", null);
        String victim = Api.analyst(VictimTest.SAVANNAKHET).body(VictimTest.referral(null)).post("/api/v1/victims")
                .then().statusCode(201).extract().path("id");
        String request = Api.as("custodian", VictimTest.QUANG_NAM).body(Map.of("reason", REASON))
                .post("/api/v1/victims/{id}/identity-disclosure-requests", victim)
                .then().statusCode(201).extract().path("id");
        Api.as("admin", VictimTest.QUANG_NAM).body(Map.of("approve", true, "reason", "Đồng ý: phục vụ trao trả nạn nhân"))
                .post("/api/v1/victims/{id}/identity-disclosure-requests/{rid}/decision", victim, request)
                .then().statusCode(200);
        Api.as("custodian", VictimTest.QUANG_NAM).post("/api/v1/victims/{id}/identity-disclosure-requests/{rid}/disclosure", victim, request)
                .then().statusCode(200);
        return request;
    }

    @Test
    void intactChainVerifiesForAnAdminOnly() {
        auditedDisclosure();

        Api.as("admin", "la.sekong").get(VERIFICATION)
                .then().statusCode(200)
                .body("intact", equalTo(true))
                .body("rows", greaterThanOrEqualTo(3))
                .body("firstBroken", nullValue());
        Api.as("custodian", VictimTest.QUANG_NAM).get(VERIFICATION).then().statusCode(403);
        Api.analyst(VictimTest.QUANG_NAM).get(VERIFICATION).then().statusCode(403);
    }

    @Test
    void alteredRowIsReportedAtThatRowAndIntactOnceRestored() throws SQLException {
        String request = auditedDisclosure();
        try (Connection owner = Database.asOwner()) {
            long position = position(owner, request, "APPROVED");
            update(owner, "update victim_disclosure_audit set reason = 'Đồng ý (đã sửa)' where position = ?", position);
            try {
                Api.as("admin", VictimTest.QUANG_NAM).get(VERIFICATION)
                        .then().statusCode(200)
                        .body("intact", equalTo(false))
                        .body("firstBroken.position", equalTo((int) position))
                        .body("firstBroken.reason", containsString("hash"));
            } finally {
                update(owner, "update victim_disclosure_audit set reason = 'Đồng ý: phục vụ trao trả nạn nhân' where position = ?", position);
            }
        }
        Api.as("admin", VictimTest.QUANG_NAM).get(VERIFICATION).then().statusCode(200).body("intact", equalTo(true));
    }

    private static long position(Connection db, String request, String action) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("select position from victim_disclosure_audit where request_id = ? and action = ?")) {
            find.setObject(1, UUID.fromString(request));
            find.setString(2, action);
            ResultSet rs = find.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(Connection db, String sql, long position) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, position);
            statement.executeUpdate();
        }
    }
}
