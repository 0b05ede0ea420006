package vnla.cases.tip;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.cases.TipFeed;
import vnla.common.event.Location;
import vnla.common.event.TipEntities;
import vnla.common.event.TipReceived;
import vnla.common.event.Vocabulary;

@QuarkusTest
class TipProjectionTest {

    @Inject
    TipFeed feed;

    @Inject
    EntityManager em;

    @Test
    void tipProducedToHotlineTopicAppearsWithNormalisedIdentifiers() {
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.everything("Nguyễn Văn Long", "0460-9312 345", "0912 345 678", "75a-123.45")));

        Api.analyst("vn.hue").get("/api/v1/tips/{id}", tip.tipId())
                .then().statusCode(200)
                .body("reference", equalTo(tip.reference()))
                .body("receivingAgency", equalTo("vn.hue"))
                .body("status", equalTo("RECEIVED"))
                .body("description", equalTo(TipFeed.VI_DESCRIPTION))
                .body("entities.persons[0].name", equalTo("Nguyễn Văn Long"))
                .body("phones", contains("+84912345678"))
                .body("plates", contains("75A12345"))
                .body("idNumbers", contains("04609312345"))
                .body("triage", nullValue());
    }

    @Test
    void laoPhoneNumbersBecomeE164WithTheLaoCountryCode() {
        TipReceived tip = TipFeed.tip("la.salavan", Vocabulary.Category.DRUG_TRAFFICKING, "LA-SL",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(2), TipFeed.phones("020 5551 2345", "+856 20 9876 5432", "00856 30 5123 456"));
        feed.received(tip);

        Api.analyst("la.salavan").get("/api/v1/tips/{id}", tip.tipId())
                .then().statusCode(200)
                .body("phones", containsInAnyOrder("+8562055512345", "+8562098765432", "+856305123456"));
    }

    @Test
    void vietnameseAndLaoTextRoundTripsByteExact() {
        String laoName = "ສົມຊາຍ ວົງສາ";
        TipReceived vi = TipFeed.tip("la.salavan", TipFeed.person(laoName, "ທ້າວ ສົມຊາຍ"));
        TipReceived tip = new TipReceived(vi.tipId(), vi.reference(), vi.receivingAgency(), vi.channel(), vi.category(), vi.occurredAt(),
                new Location("LA-SL", "ເມືອງສາລະວັນ", "ຊາຍແດນ ລາວ-ຫວຽດ", null, null), TipFeed.LO_DESCRIPTION, Vocabulary.Language.lo,
                vi.entities(), vi.receivedAt());
        feed.received(tip);

        byte[] body = Api.analyst("la.salavan").get("/api/v1/tips/{id}", tip.tipId())
                .then().statusCode(200)
                .body("description", equalTo(TipFeed.LO_DESCRIPTION))
                .body("language", equalTo("lo"))
                .body("location.district", equalTo("ເມືອງສາລະວັນ"))
                .body("entities.persons[0].name", equalTo(laoName))
                .body("entities.persons[0].aliases[0]", equalTo("ທ້າວ ສົມຊາຍ"))
                .extract().asByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertEquals(true, text.contains(TipFeed.LO_DESCRIPTION) && text.contains(laoName));
    }

    @Test
    void redeliveredEventIsStoredOnce() {
        TipReceived first = TipFeed.tip("vn.hue", TipFeed.phones("0912 000 111"));
        String eventId = UUID.randomUUID().toString();
        feed.send(eventId, first);
        TipReceived changed = new TipReceived(first.tipId(), first.reference(), first.receivingAgency(), first.channel(), first.category(),
                first.occurredAt(), first.location(), "Nội dung khác: không được ghi đè", first.language(),
                TipFeed.phones("0912 000 111", "0912 000 222"), first.receivedAt());
        feed.send(eventId, changed);
        feed.triaged(first, TipFeed.triage(first, Vocabulary.Priority.ROUTINE, Vocabulary.Tlp.AMBER, Vocabulary.Releasability.BILATERAL,
                false, List.of("la.salavan")));

        Api.analyst("vn.hue").get("/api/v1/tips/{id}", first.tipId())
                .then().statusCode(200)
                .body("description", equalTo(TipFeed.VI_DESCRIPTION))
                .body("phones", contains("+84912000111"))
                .body("status", equalTo("TRIAGED"))
                .body("triage.handlingCode.tlp", equalTo("AMBER"));
        Number inbox = (Number) em.createNativeQuery("select count(*) from inbox_message where consumer = 'case-service.tips' and event_id = :id")
                .setParameter("id", eventId).getSingleResult();
        assertEquals(1, inbox.intValue());
    }

    @Test
    void tipOfAnotherAgencyIsNotVisible() {
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipEntities.none()));

        Api.analyst("vn.sonla").get("/api/v1/tips/{id}", tip.tipId())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
