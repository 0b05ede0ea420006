package vnla.hotline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import vnla.common.openapi.SuiteOpenApiFilter;
import vnla.common.event.Topics;
import vnla.testing.AccessModel;
import vnla.testing.AdminFixtures;

/**
 * The access model of src/test/resources/access-model.md holds: every operation of the live OpenAPI document has a row,
 * every row names an operation, the administration operations (under /api/v1/admin/) are for admin alone and they
 * alone use the document's admin scheme, each row's status is what each kind of caller gets, and every role not named
 * is refused.
 */
@QuarkusTest
class AccessModelTest {

    static final Map<String, String> CALLERS = Map.of("own", "vn.hue", "partner", "la.salavan", "partner, no agreement", "la.savannakhet",
            "stranger", "la.sekong", "ministry", "vn.mps");
    static final String TIPS = "/api/v1/tips/";

    private final AccessModel model = AccessModel.load("access-model.md");
    private String tip;
    private String receiptCode;
    private String request;

    @Test
    void everyOperationOfTheLiveDocumentHasARowAndEveryRowAnOperation() {
        assertEquals(List.of(), model.uncovered(AccessModel.operations(AccessModel.liveDocument())));
    }

    @Test
    void administrationOperationsAreForAdminAloneAndTheyAloneUseTheAdminScheme() {
        assertEquals(List.of(), model.adminSchemeMismatches(AccessModel.liveDocument(), SuiteOpenApiFilter.ADMIN_PATH,
                SuiteOpenApiFilter.ADMIN_SCHEME));
    }

    @Test
    void everyCallerGetsTheStatusOfItsRowAndUnnamedRolesAreRefused() {
        ExtractableResponse<Response> anonymous = TipFixtures.dutyOfficer().body(TipFixtures.anonymousTip()).post("/api/v1/tips")
                .then().statusCode(201).extract();
        receiptCode = anonymous.path("receiptCode");
        tip = TipFixtures.recordTip(TipFixtures.identifiedTip());
        request = TipFixtures.requestDisclosure(TipFixtures.person("custodian", "vn.hue", "requester@vn.hue"), tip);

        assertEquals(List.of(), model.mismatches(CALLERS, "own", this::prepare));
    }

    /** The request for the operation as a caller of {@code agency}: on a fresh Huế tip for mutations when {@code fresh}. */
    private AccessModel.Request prepare(String operation, String role, String agency, boolean fresh) {
        AccessModel.Request call = new AccessModel.Request();
        if (operation.contains("{id}")) {
            call.path("id", tip);
        }
        if (operation.contains("{requestId}")) {
            call.path("requestId", request);
        }
        if (!fresh) {
            return call;
        }
        switch (operation) {
            case "POST /api/v1/tips" -> call.body(TipFixtures.anonymousTip());
            case "POST /api/v1/tips/receipt-lookups" -> call.body(Map.of("receiptCode", receiptCode));
            case "POST /api/v1/tips/{id}/triage" -> ifMatch(call.path("id", TipFixtures.recordTip(TipFixtures.anonymousTip())))
                    .body(TipFixtures.triage("FLASH", "AMBER", "REGIONAL", List.of("la.salavan")));
            case "POST /api/v1/tips/{id}/dismissal" -> ifMatch(call.path("id", TipFixtures.recordTip(TipFixtures.anonymousTip())))
                    .body(Map.of("reason", "Tin trùng lặp với tin đã ghi nhận"));
            case "POST /api/v1/tips/{id}/reporter-disclosure-requests" -> call.path("id", TipFixtures.recordTip(TipFixtures.identifiedTip()))
                    .body(Map.of("reason", "Cần liên hệ lại người báo tin để xác minh"));
            case "POST /api/v1/tips/{id}/reporter-disclosure-requests/{requestId}/decision" -> {
                String made = TipFixtures.recordTip(TipFixtures.identifiedTip());
                call.path("id", made)
                        .path("requestId", TipFixtures.requestDisclosure(TipFixtures.person("custodian", "vn.hue", "requester@vn.hue"), made))
                        .body(Map.of("approve", true, "reason", "Đồng ý: phục vụ xác minh chuyên án"));
            }
            case "POST /api/v1/tips/{id}/reporter-disclosure-requests/{requestId}/disclosure" -> {
                // read by the custodian who asked: the token's default subject, custodian@<agency>
                String made = TipFixtures.recordTip(TipFixtures.identifiedTip());
                String asked = TipFixtures.requestDisclosure(TipFixtures.as("custodian", "vn.hue"), made);
                TipFixtures.decide(TipFixtures.as("admin", "vn.hue"), made, asked, true).statusCode(200);
                call.path("id", made).path("requestId", asked);
            }
            case "POST /api/v1/admin/dead-letters/{id}/replay" -> call.path("id", AdminFixtures.deadLetter(Topics.CASES_OPERATIONS + Topics.DEAD_LETTER_SUFFIX));
            case "POST /api/v1/admin/set-aside-events/{id}/retry" -> call.path("id", AdminFixtures.setAsideEvent(Topics.HOTLINE_TIPS));
            default -> {
            }
        }
        return call;
    }

    private static AccessModel.Request ifMatch(AccessModel.Request call) {
        return call.header("If-Match", TipFixtures.analyst().get(TIPS + call.pathParam("id")).then().statusCode(200).extract().header("ETag"));
    }
}
