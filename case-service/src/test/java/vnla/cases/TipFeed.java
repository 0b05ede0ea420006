package vnla.cases;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.awaitility.Awaitility;

import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.Grading;
import vnla.common.event.HandlingCode;
import vnla.common.event.Location;
import vnla.common.event.TipDismissed;
import vnla.common.event.TipEntities;
import vnla.common.event.TipReceived;
import vnla.common.event.TipTriaged;
import vnla.common.event.Vocabulary;
import vnla.testing.EventProducer;
import vnla.testing.Tokens;

/** Produces hotline-service's tip events to the real hotline.tips.v1 topic, as hotline-service would, and waits for their projection. */
@ApplicationScoped
public class TipFeed {

    public static final String VI_DESCRIPTION = "Người dân báo tin: khoảng 22 giờ có hai xe máy chở bao tải qua đường mòn gần bản "
            + "biên giới, nghi vận chuyển ma túy tổng hợp sang Việt Nam.";
    public static final String LO_DESCRIPTION = "ມີລາຍງານວ່າ ມີການຂົນສົ່ງຢາບ້າ ຜ່ານຊາຍແດນ ແຂວງສາລະວັນ";

    private final EventCodec codec;
    private final EventProducer producer = new EventProducer();

    public TipFeed(EventCodec codec) {
        this.codec = codec;
    }

    /** A tip received by {@code agency} naming {@code entities}, with a unique id and reference. */
    public static TipReceived tip(String agency, Vocabulary.Category category, String provinceCode, OffsetDateTime occurredAt,
            TipEntities entities) {
        String prefix = agency.substring(agency.indexOf('.') + 1).toUpperCase(Locale.ROOT);
        String reference = String.format(Locale.ROOT, "%s-%d-%06d", prefix, occurredAt.getYear(), ThreadLocalRandom.current().nextInt(1_000_000));
        return new TipReceived(UUID.randomUUID(), reference, agency, Vocabulary.Channel.HOTLINE_CALL, category, occurredAt,
                new Location(provinceCode, "A Lưới", "Đường mòn bản A Đớt", 16.2, 107.2), VI_DESCRIPTION, Vocabulary.Language.vi,
                entities, OffsetDateTime.now(ZoneOffset.UTC));
    }

    public static TipReceived tip(String agency, TipEntities entities) {
        return tip(agency, Vocabulary.Category.DRUG_TRAFFICKING, "VN-26", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), entities);
    }

    public static TipEntities phones(String... phones) {
        return new TipEntities(null, List.of(phones), null, null, null);
    }

    public static TipEntities person(String name, String... aliases) {
        return new TipEntities(List.of(new TipEntities.Person(name, List.of(aliases), "VN", null)), null, null, null, null);
    }

    public static TipEntities everything(String name, String idNumber, String phone, String plate) {
        return new TipEntities(List.of(new TipEntities.Person(name, List.of(), "VN", idNumber)), List.of(phone),
                List.of(new TipEntities.Vehicle(plate, "xe máy")), null,
                List.of(new TipEntities.Quantity("ma túy tổng hợp", new BigDecimal("2000"), Vocabulary.QuantityUnit.TABLET)));
    }

    public static TipTriaged triage(TipReceived tip, Vocabulary.Priority priority, Vocabulary.Tlp tlp,
            Vocabulary.Releasability releasability, boolean crossBorder, List<String> partners) {
        return new TipTriaged(tip.tipId(), tip.reference(), tip.receivingAgency(), tip.category(),
                new Grading(Vocabulary.SourceReliability.B, 2), priority, new HandlingCode(tlp, releasability), crossBorder, partners,
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Sends an event under a fresh event id and returns that id. */
    public String send(Record event) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, event);
        return eventId;
    }

    public void send(String eventId, Record event) {
        send(eventId, event, Map.of());
    }

    /** With record headers of hotline-service's relay, such as the {@code traceparent} of the tip's POST. */
    public void send(String eventId, Record event, Map<String, String> headers) {
        EventType type = EventType.forPayload(event);
        String key = event instanceof TipReceived received ? received.tipId().toString()
                : event instanceof TipTriaged triaged ? triaged.tipId().toString() : ((TipDismissed) event).tipId().toString();
        producer.send(type.topic(), key, eventId, type.type(), codec.encode(type, event), headers);
    }

    /** Sends the tip and waits until case-service shows it to an analyst of the receiving agency. */
    public TipReceived received(TipReceived tip) {
        return received(tip, Map.of());
    }

    public TipReceived received(TipReceived tip, Map<String, String> headers) {
        send(UUID.randomUUID().toString(), tip, headers);
        awaitVisible(tip, "reference", tip.reference());
        return tip;
    }

    /** Sends the triage and waits until case-service shows it. */
    public void triaged(TipReceived tip, TipTriaged triage) {
        send(triage);
        awaitVisible(tip, "triage.triagedAt", null);
    }

    private void awaitVisible(TipReceived tip, String path, String expected) {
        String token = Tokens.forRole("analyst", tip.receivingAgency());
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().auth().oauth2(token).get("/api/v1/tips/{id}", tip.tipId());
            if (response.statusCode() != 200) {
                return false;
            }
            Object value = response.jsonPath().get(path);
            return expected == null ? value != null : expected.equals(value);
        });
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
