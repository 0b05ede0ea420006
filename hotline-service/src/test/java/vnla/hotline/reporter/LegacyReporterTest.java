package vnla.hotline.reporter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vnla.testing.Database;
import vnla.hotline.TipFixtures;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vnla.hotline.TipFixtures.decide;
import static vnla.hotline.TipFixtures.dutyOfficer;
import static vnla.hotline.TipFixtures.person;
import static vnla.hotline.TipFixtures.requestDisclosure;

/** Rows written by version 1 (identity in clear, receipt code as bare SHA-256) are sealed and upgraded, and still work. */
@QuarkusTest
class LegacyReporterTest {

    private static final String LEGACY_NAME = "Lê Văn Thành";

    @Inject
    ReporterSealing sealing;

    @Inject
    ReceiptCodes receiptCodes;

    @Test
    void clearIdentityIsEncryptedAndStillDisclosed() throws Exception {
        String tip = TipFixtures.recordTip(TipFixtures.identifiedTip());
        try (Connection owner = Database.asOwner();
                PreparedStatement legacy = owner.prepareStatement(
                        "update reporter set identity = null, name = ?, phone = '+84 234 3822 111' where tip_id = ?")) {
            legacy.setString(1, LEGACY_NAME);
            legacy.setObject(2, UUID.fromString(tip));
            legacy.executeUpdate();
        }

        assertEquals(1, sealing.sealLegacy());

        try (Connection owner = Database.asOwner();
                PreparedStatement read = owner.prepareStatement("select name, phone, identity from reporter where tip_id = ?")) {
            read.setObject(1, UUID.fromString(tip));
            ResultSet rs = read.executeQuery();
            rs.next();
            assertNull(rs.getString("name"));
            assertNull(rs.getString("phone"));
            assertNotNull(rs.getBytes("identity"));
        }
        String request = requestDisclosure(person("custodian", "vn.hue", "thu.custodian@vn.hue"), tip);
        decide(person("admin", "vn.hue", "quang.admin@vn.hue"), tip, request, true).statusCode(200);
        person("custodian", "vn.hue", "thu.custodian@vn.hue")
                .when().post("/api/v1/tips/" + tip + "/reporter-disclosure-requests/" + request + "/disclosure")
                .then().statusCode(200)
                .body("name", equalTo(LEGACY_NAME))
                .body("phone", equalTo("+84 234 3822 111"));
    }

    @Test
    void bareHashReceiptCodeIsFoundAndUpgradedToKeyedMac() throws Exception {
        Map<String, Object> anonymous = TipFixtures.anonymousTip();
        var created = dutyOfficer().body(anonymous).when().post("/api/v1/tips").then().statusCode(201).extract();
        String tip = created.path("id");
        String code = created.path("receiptCode");
        try (Connection owner = Database.asOwner();
                PreparedStatement legacy = owner.prepareStatement(
                        "update reporter set receipt_code_mac = null, receipt_code_hash = ? where tip_id = ?")) {
            legacy.setString(1, receiptCodes.legacyHash(code));
            legacy.setObject(2, UUID.fromString(tip));
            legacy.executeUpdate();
        }

        dutyOfficer().body(Map.of("receiptCode", code))
                .when().post("/api/v1/tips/receipt-lookups")
                .then().statusCode(200)
                .body("id", equalTo(tip));

        try (Connection owner = Database.asOwner();
                PreparedStatement read = owner.prepareStatement("select receipt_code_hash, receipt_code_mac from reporter where tip_id = ?")) {
            read.setObject(1, UUID.fromString(tip));
            ResultSet rs = read.executeQuery();
            rs.next();
            assertNull(rs.getString("receipt_code_hash"));
            assertEquals(receiptCodes.mac(code), rs.getString("receipt_code_mac"));
        }
    }
}
