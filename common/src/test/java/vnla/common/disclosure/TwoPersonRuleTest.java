package vnla.common.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vnla.common.problem.ProblemException;

/** The two-person rule on one request: a second person decides a PENDING request once; the requester reads an approval once, within its window. */
class TwoPersonRuleTest {

    private static final OffsetDateTime ASKED = OffsetDateTime.parse("2026-11-28T08:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final String LAN = "lan.custodian@vn.hue";
    private static final String TUAN = "tuan.custodian@vn.hue";

    static class Request extends DisclosureRequestBase {
    }

    private static Request pending() {
        Request request = new Request();
        request.id = UUID.randomUUID();
        request.subjectId = UUID.randomUUID();
        request.agency = "vn.hue";
        request.requestedBy = LAN;
        request.reason = "Xác minh người báo tin để bảo vệ nhân chứng";
        request.requestedAt = ASKED;
        request.status = DisclosureStatus.PENDING;
        return request;
    }

    @Test
    void aSecondPersonApprovesAndTheRequesterReadsOnceWithinTheWindow() {
        Request request = pending();
        OffsetDateTime decided = ASKED.plusMinutes(5);

        assertEquals(DisclosureAuditEntryBase.Action.APPROVED, request.decide(TUAN, true, "Đồng ý cho xác minh", decided, WINDOW));
        assertEquals(DisclosureStatus.APPROVED, request.status);
        assertEquals(TUAN, request.decidedBy);
        assertEquals(decided.plus(WINDOW), request.expiresAt);

        request.read(LAN, decided.plusMinutes(10));
        assertEquals(DisclosureStatus.READ, request.status);
        assertEquals(decided.plusMinutes(10), request.readAt);
        assertEquals(409, refused(() -> request.read(LAN, decided.plusMinutes(11))).status());
    }

    @Test
    void theRequesterCannotDecideTheirOwnRequest() {
        Request request = pending();
        ProblemException refused = refused(() -> request.decide(LAN, true, "Tự phê duyệt", ASKED, WINDOW));
        assertEquals(403, refused.status());
        assertEquals(DisclosureStatus.PENDING, request.status);
        assertNull(request.decidedBy);
    }

    @Test
    void onlyAPendingRequestIsDecided() {
        Request request = pending();
        assertEquals(DisclosureAuditEntryBase.Action.DENIED, request.decide(TUAN, false, "Không đủ căn cứ", ASKED, WINDOW));
        assertNull(request.expiresAt);
        assertEquals(409, refused(() -> request.decide("admin@vn.hue", true, "Đồng ý", ASKED, WINDOW)).status());
        assertEquals(DisclosureStatus.DENIED, request.status);
    }

    @Test
    void onlyTheRequesterReadsAndOnlyAnApprovalWithinItsWindow() {
        Request request = pending();
        assertEquals(409, refused(() -> request.read(LAN, ASKED)).status(), "pending");
        request.decide(TUAN, true, "Đồng ý cho xác minh", ASKED, WINDOW);
        assertEquals(403, refused(() -> request.read(TUAN, ASKED)).status(), "not the requester");
        assertEquals(DisclosureStatus.EXPIRED, request.statusAt(ASKED.plus(WINDOW)));
        assertEquals(409, refused(() -> request.read(LAN, ASKED.plus(WINDOW))).status(), "expired");
        assertEquals(DisclosureStatus.APPROVED, request.status);
        assertNull(request.readAt);

        Request denied = pending();
        denied.decide(TUAN, false, "Không đủ căn cứ", ASKED, WINDOW);
        assertEquals(409, refused(() -> denied.read(LAN, ASKED)).status(), "denied");
    }

    private static ProblemException refused(Runnable step) {
        return assertThrows(ProblemException.class, step::run);
    }
}
