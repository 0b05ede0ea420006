package vnla.hotline.reporter;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import vnla.common.crypto.Encryption;
import vnla.testing.Database;
import vnla.hotline.TipFixtures;

import io.quarkus.test.junit.QuarkusTest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vnla.hotline.TipFixtures.dutyOfficer;

/** The database never sees a reporter's identity or a receipt code in clear: every table read raw over JDBC. */
@QuarkusTest
class EncryptionAtRestTest {

    private static final String NAME = "Phạm Thị Ngọc Ánh";
    private static final String PHONE = "+856 20 5555 1234";
    private static final String EMAIL = "ngocanh.baotin@example.la";
    private static final String ADDRESS = "ບ້ານ ນາຄູ, ເມືອງ ສາລະວັນ";

    @Inject
    Encryption encryption;

    @Inject
    ReceiptCodes receiptCodes;

    @Test
    void noIdentityOrReceiptCodeAppearsInAnyTable() throws Exception {
        Map<String, Object> identified = TipFixtures.identifiedTip();
        identified.put("reporter", Map.of("anonymous", false, "name", NAME, "phone", PHONE, "email", EMAIL, "address", ADDRESS));
        String identifiedId = dutyOfficer().header("Idempotency-Key", UUID.randomUUID().toString()).body(identified)
                .when().post("/api/v1/tips").then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        Map<String, Object> anonymous = TipFixtures.anonymousTip();
        String receiptCode = dutyOfficer().header("Idempotency-Key", key).body(anonymous)
                .when().post("/api/v1/tips").then().statusCode(201).extract().path("receiptCode");

        dutyOfficer().header("Idempotency-Key", key).body(anonymous)
                .when().post("/api/v1/tips")
                .then().statusCode(201)
                .body("receiptCode", equalTo(receiptCode));
        dutyOfficer().body(Map.of("receiptCode", receiptCode.toLowerCase()))
                .when().post("/api/v1/tips/receipt-lookups")
                .then().statusCode(200);

        List<String> secrets = List.of(NAME, PHONE, EMAIL, ADDRESS, receiptCode, receiptCode.replace("-", ""), "Ngọc Ánh", "5555 1234");
        List<String> found = new ArrayList<>();
        try (Connection db = Database.asOwner(); Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertTrue(tables.containsAll(List.of("reporter", "idempotency_key", "disclosure_audit", "tip", "outbox_event")));
            for (String table : tables) {
                try (ResultSet rs = sql.executeQuery("select * from " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            String text = meta.getColumnType(c) == Types.BINARY
                                    ? bytesAsText(rs.getBytes(c))
                                    : rs.getString(c);
                            for (String secret : secrets) {
                                if (text != null && text.contains(secret)) {
                                    found.add(table + "." + meta.getColumnName(c));
                                }
                            }
                        }
                    }
                }
            }
            assertEquals(List.of(), found);

            Map<String, Object> reporter = row(sql, "select identity, name, phone, email, address, receipt_code_hash from reporter where tip_id = '" + identifiedId + "'");
            byte[] identity = (byte[]) reporter.get("identity");
            assertEquals(encryption.primaryKeyId(), Encryption.keyId(identity));
            assertEquals(null, reporter.get("name"));
            assertEquals(null, reporter.get("receipt_code_hash"));
            Map<String, Object> replay = row(sql, "select response_body from idempotency_key where idempotency_key = '" + key + "'");
            assertEquals(encryption.primaryKeyId(), Encryption.keyId((byte[]) replay.get("response_body")));
        }
        assertNotEquals(receiptCodes.legacyHash(receiptCode), receiptCodes.mac(receiptCode));
    }

    private static Map<String, Object> row(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            assertTrue(rs.next());
            Map<String, Object> row = new HashMap<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.put(rs.getMetaData().getColumnName(c), rs.getObject(c));
            }
            assertFalse(rs.next());
            return row;
        }
    }

    private static String bytesAsText(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
