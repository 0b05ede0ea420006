package vnla.hotline.reporter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import vnla.common.outbox.OutboxEvent;
import vnla.hotline.TipFixtures;
import vnla.testing.TestClock;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vnla.hotline.TipFixtures.REPORTER_NAME;
import static vnla.hotline.TipFixtures.REPORTER_PHONE;
import static vnla.hotline.TipFixtures.analyst;
import static vnla.hotline.TipFixtures.as;
import static vnla.hotline.TipFixtures.decide;
import static vnla.hotline.TipFixtures.dutyOfficer;
import static vnla.hotline.TipFixtures.person;
import static vnla.hotline.TipFixtures.requestDisclosure;

/** The reporter's identity: read only by two persons (a custodian asks, another decides), once, audited, absent elsewhere. */
@QuarkusTest
class ReporterIdentityTest {

    @Inject
    TestClock clock;

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
        clock.reset();
    }

    private static RequestSpecification hoa() {
        return person("custodian", "vn.hue", "hoa.custodian@vn.hue");
    }

    private static RequestSpecification minh() {
        return person("custodian", "vn.hue", "minh.custodian@vn.hue");
    }

    private static String disclosurePath(String tip, String request) {
        return "/api/v1/tips/" + tip + "/reporter-disclosure-requests/" + request + "/disclosure";
    }

    @Test
    void loneCustodianCannotReadIdentity() {
        String id = TipFixtures.recordTip(TipFixtures.identifiedTip());
        String request = requestDisclosure(hoa(), id);

        hoa().when().post(disclosurePath(id, request))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body(not(containsString(REPORTER_NAME)));
        decide(hoa(), id, request, true)
                .statusCode(403)
                .contentType("application/problem+json");
        hoa().when().get("/api/v1/tips/" + id + "/reporter-disclosure-requests/" + request)
                .then().statusCode(200)
                .body("status", equalTo("PENDING"));
    }

    @Test
    void secondCustodianApprovesAndRequesterReadsOnce() {
        String id = TipFixtures.recordTip(TipFixtures.identifiedTip());
        String request = requestDisclosure(hoa(), id);

        decide(minh(), id, request, true)
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("minh.custodian@vn.hue"))
                .body("expiresAt", notNullValue());
        minh().when().post(disclosurePath(id, request))
                .then().statusCode(403);
        hoa().when().post(disclosurePath(id, request))
                .then().statusCode(200)
                .body("name", equalTo(REPORTER_NAME))
                .body("phone", equalTo(REPORTER_PHONE))
                .body("anonymous", equalTo(false));
        hoa().when().post(disclosurePath(id, request))
                .then().statusCode(409)
                .body(not(containsString(REPORTER_NAME)));

        hoa().when().get("/api/v1/tips/" + id + "/reporter-disclosures")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("REQUESTED", "APPROVED", "READ")))
                .body("items.actor", equalTo(List.of("hoa.custodian@vn.hue", "minh.custodian@vn.hue", "hoa.custodian@vn.hue")))
                .body("items[0].reason", equalTo("Cần liên hệ lại người báo tin để xác minh tuyến vận chuyển"))
                .body("totalItems", equalTo(3));
    }

    @Test
    void adminOfTheSameAgencyMayApprove() {
        String id = TipFixtures.recordTip(TipFixtures.identifiedTip());
        String request = requestDisclosure(hoa(), id);

        decide(as("admin", "vn.sonla"), id, request, true).statusCode(404);
        decide(as("admin", "vn.hue"), id, request, true).statusCode(200);
        hoa().when().post(disclosurePath(id, request)).then().statusCode(200).body("name", equalTo(REPORTER_NAME));
    }

    @Test
    void denialReasonIsVisibleToTheRequester() {
        String id = TipFixtures.recordTip(TipFixtures.identifiedTip());
        String request = requestDisclosure(hoa(), id);

        decide(minh(), id, request, false).statusCode(200).body("status", equalTo("DENIED"));
        decide(as("admin", "vn.hue"), id, request, true).statusCode(409);
        hoa().when().get("/api/v1/tips/" + id + "/reporter-disclosure-requests/" + request)
                .then().statusCode(200)
                .body("status", equalTo("DENIED"))
                .body("decisionReason", equalTo("Không đủ căn cứ để tiết lộ danh tính người báo tin"));
        hoa().when().post(disclosurePath(id, request))
                .then().statusCode(409)
                .body("detail", containsString("Không đủ căn cứ"));
    }

    @Test
    void approvalExpiresAfterItsWindow() {
        String id = TipFixtures.recordTip(TipFixtures.identifiedTip());
        String request = requestDisclosure(hoa(), id);
        decide(minh(), id, request, true).statusCode(200);

        clock.advance(Duration.ofMinutes(61));

        hoa().when().post(disclosurePath(id, request))
                .then().statusCode(409)
                .body(not(containsString(REPORTER_NAME)));
        hoa().when().get("/api/v1/tips/" + id + "/reporter-disclosure-requests/" + request)
                .then().body("status", equalTo("EXPIRED"));
    }

    @Test
    void identityNeverAppearsInDetailListEventsOrLogs() {
        String id = TipFixtures.recordTip(TipFixtures.identifiedTip());
        String request = requestDisclosure(hoa(), id);
        decide(minh(), id, request, true).statusCode(200);
        hoa().when().post(disclosurePath(id, request)).then().statusCode(200);

        for (var role : List.of(dutyOfficer(), analyst(), hoa())) {
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
    void onlyTheReceivingAgencysCustodianAsks() {
        String id = TipFixtures.recordTip(TipFixtures.identifiedTip());
        Map<String, String> reason = Map.of("reason", "Yêu cầu của điều tra viên phụ trách");

        analyst().body(reason).when().post("/api/v1/tips/" + id + "/reporter-disclosure-requests").then().statusCode(403);
        as("admin", "vn.hue").body(reason).when().post("/api/v1/tips/" + id + "/reporter-disclosure-requests").then().statusCode(403);
        as("custodian", "vn.sonla").body(reason).when().post("/api/v1/tips/" + id + "/reporter-disclosure-requests").then().statusCode(404);
        as("custodian", "la.salavan").when().get("/api/v1/tips/" + id + "/reporter-disclosures").then().statusCode(404);
        hoa().when().get("/api/v1/tips/" + id + "/reporter-disclosures").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void disclosureRequestNeedsAReason() {
        String id = TipFixtures.recordTip(TipFixtures.identifiedTip());

        hoa().body(Map.of("reason", ""))
                .when().post("/api/v1/tips/" + id + "/reporter-disclosure-requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("reason"));
        hoa().when().post("/api/v1/tips/" + UUID.randomUUID() + "/reporter-disclosure-requests")
                .then().statusCode(400);
        hoa().when().get("/api/v1/tips/" + id + "/reporter-disclosure-requests")
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("totalItems", equalTo(0));
    }

    @Test
    void requestsAndAuditArePaginatedOldestFirst() {
        String id = TipFixtures.recordTip(TipFixtures.identifiedTip());
        String first = requestDisclosure(hoa(), id);
        String second = requestDisclosure(hoa(), id);
        decide(minh(), id, first, false).statusCode(200);

        hoa().queryParam("size", 1).when().get("/api/v1/tips/" + id + "/reporter-disclosure-requests")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(first)))
                .body("size", equalTo(1))
                .body("totalItems", equalTo(2));
        hoa().queryParam("size", 1).queryParam("page", 1).when().get("/api/v1/tips/" + id + "/reporter-disclosure-requests")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(second)))
                .body("page", equalTo(1));
        hoa().queryParam("size", 2).queryParam("page", 1).when().get("/api/v1/tips/" + id + "/reporter-disclosures")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("DENIED")))
                .body("items.requestId", equalTo(List.of(first)))
                .body("totalItems", equalTo(3));
        hoa().queryParam("size", 101).when().get("/api/v1/tips/" + id + "/reporter-disclosures")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("size"));
        hoa().queryParam("page", -1).when().get("/api/v1/tips/" + id + "/reporter-disclosure-requests")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void badDecisionChangesNothing() {
        String id = TipFixtures.recordTip(TipFixtures.identifiedTip());
        String request = requestDisclosure(hoa(), id);
        long auditRows = QuarkusTransaction.requiringNew().call(() -> DisclosureAuditEntry.count());

        minh().body(Map.of("approve", true))
                .when().post("/api/v1/tips/" + id + "/reporter-disclosure-requests/" + request + "/decision")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("reason"));
        minh().body(Map.of("approve", true, "reason", "Đồng ý: phục vụ xác minh chuyên án"))
                .when().post("/api/v1/tips/" + id + "/reporter-disclosure-requests/" + UUID.randomUUID() + "/decision")
                .then().statusCode(404);

        assertEquals(auditRows, (long) QuarkusTransaction.requiringNew().call(() -> DisclosureAuditEntry.count()));
        hoa().when().get("/api/v1/tips/" + id + "/reporter-disclosure-requests/" + request)
                .then().body("status", equalTo("PENDING"));
    }
}
