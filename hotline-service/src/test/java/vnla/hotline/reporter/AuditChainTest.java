package vnla.hotline.reporter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import vnla.testing.Database;
import vnla.hotline.TipFixtures;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vnla.hotline.TipFixtures.as;
import static vnla.hotline.TipFixtures.decide;
import static vnla.hotline.TipFixtures.person;
import static vnla.hotline.TipFixtures.requestDisclosure;

/** The disclosure audit is tamper-evident (hash chain, verified by an admin) and append-only for the service's own role. */
@QuarkusTest
class AuditChainTest {

    private static final String VERIFICATION = "/api/v1/admin/audit/verification";

    private static RequestSpecification admin() {
        return as("admin", "vn.hue");
    }

    /** A request, an approval and a read: three chained rows; returns the request id. */
    private static String auditedDisclosure() {
        String tip = TipFixtures.recordTip(TipFixtures.identifiedTip());
        String request = requestDisclosure(person("custodian", "vn.hue", "lan.custodian@vn.hue"), tip);
        decide(person("custodian", "vn.hue", "tuan.custodian@vn.hue"), tip, request, true).statusCode(200);
        person("custodian", "vn.hue", "lan.custodian@vn.hue")
                .when().post("/api/v1/tips/" + tip + "/reporter-disclosure-requests/" + request + "/disclosure")
                .then().statusCode(200);
        return request;
    }

    @Test
    void intactChainVerifies() {
        auditedDisclosure();

        admin().when().get(VERIFICATION)
                .then().statusCode(200)
                .body("intact", equalTo(true))
                .body("rows", greaterThanOrEqualTo(3))
                .body("firstBroken", nullValue());
        as("custodian", "vn.hue").when().get(VERIFICATION).then().statusCode(403);
    }

    @Test
    void alteredRowIsReportedAtThatRow() throws SQLException {
        String request = auditedDisclosure();
        try (Connection owner = Database.asOwner()) {
            long position = position(owner, request, "APPROVED");
            String original = reason(owner, position);
            update(owner, "update disclosure_audit set reason = 'Đồng ý (đã sửa)' where position = ?", position);
            try {
                admin().when().get(VERIFICATION)
                        .then().statusCode(200)
                        .body("intact", equalTo(false))
                        .body("firstBroken.position", equalTo((int) position))
                        .body("firstBroken.reason", containsString("hash"));
            } finally {
                try (PreparedStatement restore = owner.prepareStatement("update disclosure_audit set reason = ? where position = ?")) {
                    restore.setString(1, original);
                    restore.setLong(2, position);
                    restore.executeUpdate();
                }
            }
        }
        admin().when().get(VERIFICATION).then().body("intact", equalTo(true));
    }

    @Test
    void deletedRowIsReportedAtItsSuccessor() throws SQLException {
        String request = auditedDisclosure();
        try (Connection owner = Database.asOwner()) {
            long position = position(owner, request, "APPROVED");
            String saved;
            try (PreparedStatement read = owner.prepareStatement("select row_to_json(a)::text from disclosure_audit a where position = ?")) {
                read.setLong(1, position);
                ResultSet rs = read.executeQuery();
                rs.next();
                saved = rs.getString(1);
            }
            update(owner, "delete from disclosure_audit where position = ?", position);
            try {
                admin().when().get(VERIFICATION)
                        .then().statusCode(200)
                        .body("intact", equalTo(false))
                        .body("firstBroken.position", equalTo((int) position + 1));
            } finally {
                try (PreparedStatement restore = owner.prepareStatement(
                        "insert into disclosure_audit select * from json_populate_record(null::disclosure_audit, ?::json)")) {
                    restore.setString(1, saved);
                    restore.executeUpdate();
                }
            }
        }
        admin().when().get(VERIFICATION).then().body("intact", equalTo(true));
    }

    @Test
    void runtimeRoleCannotUpdateOrDeleteAuditRows() throws SQLException {
        String request = auditedDisclosure();
        try (Connection runtime = Database.asRuntimeRole()) {
            long position = position(runtime, request, "READ");
            SQLException update = assertThrows(SQLException.class,
                    () -> update(runtime, "update disclosure_audit set reason = 'xoá dấu vết' where position = ?", position));
            SQLException delete = assertThrows(SQLException.class,
                    () -> update(runtime, "delete from disclosure_audit where position = ?", position));
            SQLException truncate = assertThrows(SQLException.class,
                    () -> update(runtime, "truncate disclosure_audit", null));
            assertEquals("42501", update.getSQLState());
            assertEquals("42501", delete.getSQLState());
            assertEquals("42501", truncate.getSQLState());
        }
        admin().when().get(VERIFICATION).then().body("intact", equalTo(true));
    }

    private static long position(Connection db, String request, String action) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("select position from disclosure_audit where request_id = ? and action = ?")) {
            find.setObject(1, UUID.fromString(request));
            find.setString(2, action);
            ResultSet rs = find.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String reason(Connection db, long position) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("select reason from disclosure_audit where position = ?")) {
            find.setLong(1, position);
            ResultSet rs = find.executeQuery();
            rs.next();
            return rs.getString(1);
        }
    }

    private static void update(Connection db, String sql, Long position) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            if (position != null) {
                statement.setLong(1, position);
            }
            statement.executeUpdate();
        }
    }
}
