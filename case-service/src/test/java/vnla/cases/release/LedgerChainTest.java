package vnla.cases.release;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.cases.TipFeed;
import vnla.common.event.TipReceived;
import vnla.common.event.Vocabulary.Priority;
import vnla.common.event.Vocabulary.Releasability;
import vnla.common.event.Vocabulary.Tlp;
import vnla.testing.Database;

/** The release ledger is tamper-evident (hash chain, verified by an admin) and append-only for the service's own role. */
@QuarkusTest
class LedgerChainTest {

    private static final String VERIFICATION = "/api/v1/admin/audit/verification";

    @Inject
    TipFeed feed;

    /** A release and its withdrawal: two chained lines; returns the tip id. */
    private UUID releasedThenWithdrawn() {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 444 " + (100 + (int) (Math.random() * 899)))));
        feed.triaged(tip, TipFeed.triage(tip, Priority.FLASH, Tlp.GREEN, Releasability.REGIONAL, true, List.of("la.salavan")));
        feed.triaged(tip, TipFeed.triage(tip, Priority.FLASH, Tlp.RED, Releasability.REGIONAL, true, List.of("la.salavan")));
        org.awaitility.Awaitility.await().until(() -> Api.analyst("vn.hue").get("/api/v1/tips/{id}/release-ledger", tip.tipId())
                .jsonPath().getList("items.kind").size() == 2);
        return tip.tipId();
    }

    @Test
    void alteredLineIsReportedAtThatLineAndIntactOnceRestored() throws SQLException {
        UUID tip = releasedThenWithdrawn();
        Api.as("admin", "la.sekong").get(VERIFICATION)
                .then().statusCode(200)
                .body("intact", equalTo(true))
                .body("rows", greaterThanOrEqualTo(2))
                .body("firstBroken", nullValue());
        Api.analyst("vn.hue").get(VERIFICATION).then().statusCode(403);

        try (Connection owner = Database.asOwner()) {
            long position = position(owner, tip, "RELEASED");
            update(owner, "update release_ledger set agency = 'la.sekong' where position = ?", position);
            try {
                Api.as("admin", "vn.hue").get(VERIFICATION)
                        .then().statusCode(200)
                        .body("intact", equalTo(false))
                        .body("firstBroken.position", equalTo((int) position))
                        .body("firstBroken.reason", containsString("hash"));
            } finally {
                update(owner, "update release_ledger set agency = 'la.salavan' where position = ?", position);
            }
        }
        Api.as("admin", "vn.hue").get(VERIFICATION).then().body("intact", equalTo(true));
    }

    @Test
    void deletedLineIsReportedAtItsSuccessor() throws SQLException {
        UUID tip = releasedThenWithdrawn();
        try (Connection owner = Database.asOwner()) {
            long position = position(owner, tip, "RELEASED");
            String saved;
            try (PreparedStatement read = owner.prepareStatement("select row_to_json(r)::text from release_ledger r where position = ?")) {
                read.setLong(1, position);
                ResultSet rs = read.executeQuery();
                rs.next();
                saved = rs.getString(1);
            }
            update(owner, "delete from release_ledger where position = ?", position);
            try {
                Api.as("admin", "vn.hue").get(VERIFICATION)
                        .then().statusCode(200)
                        .body("intact", equalTo(false))
                        .body("firstBroken.position", equalTo((int) position + 1));
            } finally {
                try (PreparedStatement restore = owner.prepareStatement(
                        "insert into release_ledger select * from json_populate_record(null::release_ledger, ?::json)")) {
                    restore.setString(1, saved);
                    restore.executeUpdate();
                }
            }
        }
        Api.as("admin", "vn.hue").get(VERIFICATION).then().body("intact", equalTo(true));
    }

    @Test
    void runtimeRoleCannotUpdateOrDeleteLedgerLines() throws SQLException {
        UUID tip = releasedThenWithdrawn();
        try (Connection runtime = Database.asRuntimeRole()) {
            long position = position(runtime, tip, "WITHDRAWN");
            SQLException update = assertThrows(SQLException.class,
                    () -> update(runtime, "update release_ledger set reason = 'xoá dấu vết' where position = ?", position));
            SQLException delete = assertThrows(SQLException.class, () -> update(runtime, "delete from release_ledger where position = ?", position));
            assertEquals("42501", update.getSQLState());
            assertEquals("42501", delete.getSQLState());
        }
    }

    private static long position(Connection db, UUID tip, String kind) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("select position from release_ledger where tip_id = ? and kind = ?")) {
            find.setObject(1, tip);
            find.setString(2, kind);
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
