package vnla.hotline.reporter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vnla.common.outbox.OutboxEvent;
import vnla.hotline.TipFixtures;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vnla.hotline.TipFixtures.REPORTER_NAME;
import static vnla.hotline.TipFixtures.REPORTER_PHONE;
import static vnla.hotline.TipFixtures.analyst;
import static vnla.hotline.TipFixtures.as;
import static vnla.hotline.TipFixtures.dutyOfficer;

/** The reporter's identity: sealed from every role but the custodian, audited on every read, absent from events and logs. */
@QuarkusTest
class ReporterIdentityTest {

    private final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logLines.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void custodianReadsIdentityAndTheReadIsAudited() {
        String id = TipFixtures.recordTip(TipFixtures.identifiedTip());

        as("custodian", "vn.hue")
                .body(Map.of("reason", "Cần liên hệ lại người báo tin để xác minh"))
                .when().post("/api/v1/tips/" + id + "/reporter-disclosures")
                .then().statusCode(200)
                .body("name", equalTo(REPORTER_NAME))
                .body("phone", equalTo(REPORTER_PHONE))
                .body("anonymous", equalTo(false));

        as("custodian", "vn.hue")
                .when().get("/api/v1/tips/" + id + "/reporter-disclosures")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].custodian", equalTo("custodian@vn.hue"))
                .body("[0].reason", equalTo("Cần liên hệ lại người báo tin để xác minh"));
    }

    @Test
    void identityNeverAppearsInDetailListEventsOrLogs() {
        String id = TipFixtures.recordTip(TipFixtures.identifiedTip());

        for (var role : List.of(dutyOfficer(), analyst(), as("custodian", "vn.hue"))) {
            role.when().get("/api/v1/tips/" + id)
                    .then().statusCode(200)
                    .body(not(containsString(REPORTER_NAME)))
                    .body(not(containsString("905 111")));
        }
        dutyOfficer().queryParam("size", 100).when().get("/api/v1/tips")
                .then().statusCode(200)
                .body(not(containsString(REPORTER_NAME)));

        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("aggregateId", id)
                .stream().map(e -> e.payload).toList());
        assertEquals(1, payloads.size());
        assertFalse(payloads.get(0).contains(REPORTER_NAME));
        assertFalse(payloads.get(0).contains(REPORTER_PHONE));
        assertFalse(logLines.stream().anyMatch(line -> line.contains(REPORTER_NAME) || line.contains("905 111")));
    }

    @Test
    void onlyTheReceivingAgencysCustodianReadsIdentity() {
        String id = TipFixtures.recordTip(TipFixtures.identifiedTip());
        Map<String, String> reason = Map.of("reason", "Yêu cầu của điều tra viên phụ trách");

        analyst().body(reason).when().post("/api/v1/tips/" + id + "/reporter-disclosures").then().statusCode(403);
        as("custodian", "vn.sonla").body(reason).when().post("/api/v1/tips/" + id + "/reporter-disclosures").then().statusCode(404);
        as("custodian", "vn.hue").when().get("/api/v1/tips/" + id + "/reporter-disclosures").then().body("$", hasSize(0));
    }

    @Test
    void disclosureNeedsAReason() {
        String id = TipFixtures.recordTip(TipFixtures.identifiedTip());

        as("custodian", "vn.hue")
                .body(Map.of("reason", ""))
                .when().post("/api/v1/tips/" + id + "/reporter-disclosures")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("reason"));
        as("custodian", "vn.hue")
                .when().post("/api/v1/tips/" + UUID.randomUUID() + "/reporter-disclosures")
                .then().statusCode(400);
    }
}
