package vnla.hotline.keys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import vnla.common.crypto.CryptoConfig;
import vnla.common.crypto.Encryption;
import vnla.common.crypto.KeyRing;
import vnla.common.crypto.Keysets;
import vnla.testing.Database;
import vnla.hotline.TipFixtures;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vnla.hotline.TipFixtures.REPORTER_NAME;
import static vnla.hotline.TipFixtures.as;
import static vnla.hotline.TipFixtures.decide;
import static vnla.hotline.TipFixtures.dutyOfficer;
import static vnla.hotline.TipFixtures.person;
import static vnla.hotline.TipFixtures.requestDisclosure;

/** Key rotation as an operator does it: rotate the keyset files, then ask the service to re-encrypt under the new key. */
@QuarkusTest
@TestProfile(FileKeysetProfile.class)
class KeyRotationTest {

    @Inject
    KeyRing keyRing;

    /** The files the running service reads (the profile may have been loaded by another class loader than this test). */
    @Inject
    CryptoConfig crypto;

    @Test
    void oldRowsStillReadAfterRotationAndReencryptedRowsUseTheNewKey() throws Exception {
        String oldTip = dutyOfficer().header("Idempotency-Key", UUID.randomUUID().toString()).body(TipFixtures.identifiedTip())
                .when().post("/api/v1/tips").then().statusCode(201).extract().path("id");
        String replayKey = UUID.randomUUID().toString();
        Map<String, Object> anonymous = TipFixtures.anonymousTip();
        String receiptCode = dutyOfficer().header("Idempotency-Key", replayKey).body(anonymous)
                .when().post("/api/v1/tips").then().statusCode(201).extract().path("receiptCode");
        long oldKey = keyIdOfReporter(oldTip);

        rotate(crypto.keysetFile().orElseThrow());
        rotate(crypto.macKeysetFile().orElseThrow());
        keyRing.reload();
        long newKey = keyRing.primaryKeyId();
        assertNotEquals(oldKey, newKey);

        String newTip = TipFixtures.recordTip(TipFixtures.identifiedTip());
        assertEquals(newKey, keyIdOfReporter(newTip));
        assertEquals(oldKey, keyIdOfReporter(oldTip));
        assertEquals(REPORTER_NAME, disclose(oldTip));
        dutyOfficer().body(Map.of("receiptCode", receiptCode)).when().post("/api/v1/tips/receipt-lookups").then().statusCode(200);

        as("admin", "vn.hue").when().post("/api/v1/admin/key-rotations")
                .then().statusCode(200)
                .body("primaryKeyId", equalTo(Long.toString(newKey)))
                .body("reporters", greaterThanOrEqualTo(1))
                .body("idempotencyReplays", greaterThanOrEqualTo(2));

        assertEquals(newKey, keyIdOfReporter(oldTip));
        assertEquals(REPORTER_NAME, disclose(oldTip));
        dutyOfficer().header("Idempotency-Key", replayKey).body(anonymous)
                .when().post("/api/v1/tips")
                .then().statusCode(201)
                .body("receiptCode", equalTo(receiptCode));
        as("admin", "vn.hue").when().post("/api/v1/admin/key-rotations")
                .then().statusCode(200)
                .body("reporters", equalTo(0))
                .body("idempotencyReplays", equalTo(0));
        as("custodian", "vn.hue").when().post("/api/v1/admin/key-rotations").then().statusCode(403);
    }

    private static void rotate(java.nio.file.Path file) throws Exception {
        Keysets.main(new String[] { "rotate", file.toString() });
    }

    private static String disclose(String tip) {
        RequestSpecification asker = person("custodian", "vn.hue", "khamla.custodian@vn.hue");
        String request = requestDisclosure(asker, tip);
        decide(person("custodian", "vn.hue", "bounmy.custodian@vn.hue"), tip, request, true).statusCode(200);
        return person("custodian", "vn.hue", "khamla.custodian@vn.hue")
                .when().post("/api/v1/tips/" + tip + "/reporter-disclosure-requests/" + request + "/disclosure")
                .then().statusCode(200).extract().path("name");
    }

    private static long keyIdOfReporter(String tip) throws Exception {
        try (Connection db = Database.asOwner();
                PreparedStatement find = db.prepareStatement("select identity from reporter where tip_id = ?")) {
            find.setObject(1, UUID.fromString(tip));
            ResultSet rs = find.executeQuery();
            rs.next();
            return Encryption.keyId(rs.getBytes(1));
        }
    }
}
