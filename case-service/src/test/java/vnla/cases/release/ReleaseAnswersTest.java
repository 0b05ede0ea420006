package vnla.cases.release;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.cases.TipFeed;
import vnla.common.event.AlertAnswered;
import vnla.common.event.AlertRequested;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.TipReceived;
import vnla.common.event.Vocabulary;
import vnla.common.event.Vocabulary.Priority;
import vnla.common.event.Vocabulary.Releasability;
import vnla.common.event.Vocabulary.Tlp;
import vnla.testing.EventProducer;

/** A partner's answers to an alert (notifications.alert.answered, produced to the real topic) join the tip's release history. */
@QuarkusTest
class ReleaseAnswersTest {

    static final String LO_NOTE = "ໄດ້ກວດກາແລ້ວ: ພົບລົດຈັກສອງຄັນ ຢູ່ບ້ານຕິດຊາຍແດນ ເມືອງຕະໂອ້ຍ, ກຳລັງຕິດຕາມ";
    static final String VI_NOTE = "Đã bắt giữ hai đối tượng, thu giữ 12.000 viên ma túy tổng hợp tại bản A Dớt.";

    @Inject
    TipFeed feed;

    @Inject
    EventCodec codec;

    private final EventProducer producer = new EventProducer();

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void thePartnersAnswersJoinTheReleaseThatAlertedItOnceEachInOrderAndByteExact() {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 " + (100 + (int) (Math.random() * 899)) + " 654")));
        feed.triaged(tip, TipFeed.triage(tip, Priority.URGENT, Tlp.AMBER, Releasability.REGIONAL, false, List.of()));
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        Api.link("vn.hue", operation, tip.tipId());
        UUID requestId = UUID.fromString(Api.analyst("vn.hue").get("/api/v1/tips/{id}/releases", tip.tipId())
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].requested", equalTo(true))
                .body("items[0].answers", hasSize(0))
                .extract().path("items[0].id"));
        var references = new AlertRequested.References(tip.tipId(), tip.reference(), operation, "Chuyên án");
        UUID alertId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        AlertAnswered confirmed = new AlertAnswered(alertId, requestId, "la.salavan", references, UUID.randomUUID(),
                AlertAnswered.Result.CONFIRMED, LO_NOTE, Vocabulary.Language.lo, "liaison-officer@la.salavan", now);
        String eventId = UUID.randomUUID().toString();
        send(alertId, eventId, confirmed);
        send(alertId, eventId, confirmed);
        // an agency the release did not alert is not in its history
        send(alertId, UUID.randomUUID().toString(), new AlertAnswered(alertId, requestId, "la.sekong", references, UUID.randomUUID(),
                AlertAnswered.Result.FALSE, LO_NOTE, Vocabulary.Language.lo, "analyst@la.sekong", now.plusSeconds(1)));
        send(alertId, UUID.randomUUID().toString(), new AlertAnswered(alertId, requestId, "la.salavan", references, UUID.randomUUID(),
                AlertAnswered.Result.ACTION_TAKEN, VI_NOTE, Vocabulary.Language.vi, "analyst@la.salavan", now.plusSeconds(2)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Api.analyst("vn.hue").get("/api/v1/tips/{id}/releases", tip.tipId())
                .jsonPath().getList("items[0].answers.result").contains("ACTION_TAKEN"));
        Api.analyst("vn.hue").get("/api/v1/tips/{id}/releases", tip.tipId())
                .then().statusCode(200)
                .body("items[0].answers", hasSize(2))
                .body("items[0].answers.recipient", contains("la.salavan", "la.salavan"))
                .body("items[0].answers.result", contains("CONFIRMED", "ACTION_TAKEN"))
                .body("items[0].answers.note", contains(LO_NOTE, VI_NOTE))
                .body("items[0].answers.language", contains("lo", "vi"))
                .body("items[0].answers.answeredBy", contains("liaison-officer@la.salavan", "analyst@la.salavan"))
                .body("items[0].answers[0].alertId", equalTo(alertId.toString()));
        Api.analyst("la.salavan").get("/api/v1/tips/{id}/releases", tip.tipId())
                .then().statusCode(404);
    }

    private void send(UUID alertId, String eventId, Record event) {
        EventType type = EventType.forPayload(event);
        producer.send(type.topic(), alertId.toString(), eventId, type.type(), codec.encode(type, event));
    }
}
