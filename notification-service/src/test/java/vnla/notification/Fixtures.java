package vnla.notification;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import io.restassured.http.ContentType;
import vnla.testing.WebhookReceiver;
import vnla.common.event.AlertRequested;
import vnla.common.event.AlertWithdrawn;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.HandlingCode;
import vnla.common.event.Location;
import vnla.common.event.Topics;
import vnla.common.event.VerificationMessageSent;
import vnla.common.event.Vocabulary;
import vnla.testing.EventProducer;
import vnla.testing.Tokens;
import vnla.testing.TopicWatcher;

/** Test data in the spirit of domain.md, and the small steps every test repeats. */
public final class Fixtures {

    public static final String HUE = "vn.hue";
    public static final String SALAVAN = "la.salavan";
    public static final String SEKONG = "la.sekong";
    public static final String CHAMPASAK = "la.champasak";
    public static final String HOUAPHANH = "la.houaphanh";
    public static final String LUANG_PRABANG = "la.luangprabang";
    public static final String SAVANNAKHET = "la.savannakhet";

    public static final String VI_DESCRIPTION = "Người dân báo tin: khoảng 22 giờ có hai xe máy chở bao tải qua đường mòn gần bản "
            + "biên giới, nghi vận chuyển ma túy tổng hợp sang Việt Nam.";
    public static final String LO_DESCRIPTION = "ມີລາຍງານວ່າ ມີການຂົນສົ່ງຢາບ້າ ຜ່ານຊາຍແດນ ແຂວງສາລະວັນ";

    public static final HandlingCode AMBER_BILATERAL = new HandlingCode(Vocabulary.Tlp.AMBER, Vocabulary.Releasability.BILATERAL);

    private Fixtures() {
    }

    public static String liaison(String agency) {
        return Tokens.forRole("liaison-officer", agency);
    }

    public static String admin(String agency) {
        return Tokens.forRole("admin", agency);
    }

    /** An alert request from Huế about methamphetamine on a trail into Salavan province, addressed to {@code recipient}. */
    public static AlertRequested request(String recipient, Vocabulary.Priority priority) {
        return request(List.of(recipient), priority, Vocabulary.MessageStatus.ACTUAL, AMBER_BILATERAL);
    }

    public static AlertRequested request(List<String> recipients, Vocabulary.Priority priority, Vocabulary.MessageStatus status,
            HandlingCode handlingCode) {
        return new AlertRequested(UUID.randomUUID(), HUE, recipients, status, Vocabulary.MessageType.ALERT, priority, handlingCode,
                Vocabulary.Category.DRUG_TRAFFICKING,
                new AlertRequested.References(UUID.randomUUID(), "HUE-2026-000123", UUID.randomUUID(), "Chuyên án 0126-LX"),
                new Location("LA-SL", "Ta Oy", "Đường mòn gần bản A Dớt", 16.05, 106.98),
                VI_DESCRIPTION, Vocabulary.Language.vi, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Produces the request to cases.alert-requests.v1 as case-service would; returns the CloudEvent id. */
    public static String send(EventCodec codec, AlertRequested request) {
        String eventId = UUID.randomUUID().toString();
        send(codec, request, eventId);
        return eventId;
    }

    public static void send(EventCodec codec, AlertRequested request, String eventId) {
        send(codec, request, eventId, Map.of());
    }

    /** The same with record headers of case-service's relay, such as the {@code traceparent} of the tip's trace. */
    public static void send(EventCodec codec, AlertRequested request, String eventId, Map<String, String> headers) {
        try (EventProducer producer = producer()) {
            producer.send(Topics.CASES_ALERT_REQUESTS, request.requestId().toString(), eventId, EventType.ALERT_REQUESTED.type(),
                    codec.encode(EventType.ALERT_REQUESTED, request), headers);
        }
    }

    /** case-service withdrawing (CANCEL) or narrowing (UPDATE) what {@code request} released to {@code recipients}. */
    public static AlertWithdrawn withdrawal(AlertRequested request, List<String> recipients, Vocabulary.MessageType type,
            AlertWithdrawn.Reason reason, HandlingCode handlingCode) {
        return new AlertWithdrawn(UUID.randomUUID(), request.requestId(), request.senderAgency(), recipients, type, reason,
                handlingCode, request.references(), OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Produces the withdrawal to cases.alert-requests.v1, keyed by its request as case-service does; returns the CloudEvent id. */
    public static String send(EventCodec codec, AlertWithdrawn withdrawal) {
        String eventId = UUID.randomUUID().toString();
        send(codec, withdrawal, eventId);
        return eventId;
    }

    public static void send(EventCodec codec, AlertWithdrawn withdrawal, String eventId) {
        try (EventProducer producer = producer()) {
            producer.send(Topics.CASES_ALERT_REQUESTS, withdrawal.requestId().toString(), eventId, EventType.ALERT_WITHDRAWN.type(),
                    codec.encode(EventType.ALERT_WITHDRAWN, withdrawal));
        }
    }

    /** A request for verification from Huế to {@code requested} as case-service sends it (SENT), the question in Vietnamese. */
    public static VerificationMessageSent verificationRequest(String requested, Vocabulary.Priority priority, OffsetDateTime deadline,
            String subject, String question) {
        UUID requestId = UUID.randomUUID();
        return new VerificationMessageSent(requestId, "RV-2026-" + String.format("%06d", Math.floorMod(requestId.hashCode(), 1_000_000)), HUE,
                requested, requested, UUID.randomUUID(), VerificationMessageSent.Message.SENT, VerificationMessageSent.Status.SENT,
                priority, AMBER_BILATERAL, deadline, VerificationMessageSent.SubjectKind.PERSON, subject, null, question, null,
                "analyst-hue-01", HUE, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** The requested agency's answer to {@code request}, addressed to the requesting agency. */
    public static VerificationMessageSent verificationAnswer(VerificationMessageSent request, VerificationMessageSent.Result result,
            String findings) {
        return new VerificationMessageSent(request.requestId(), request.reference(), request.requestingAgency(), request.requestedAgency(),
                request.requestingAgency(), request.operationId(), VerificationMessageSent.Message.ANSWERED,
                VerificationMessageSent.Status.ANSWERED, request.priority(), request.handlingCode(), request.deadline(),
                request.subjectKind(), request.subject(), request.wantedPersonId(), findings, result, "analyst-salavan-02",
                request.requestedAgency(), OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Produces a verification message to cases.alert-requests.v1, keyed by its request as case-service does. */
    public static void send(EventCodec codec, VerificationMessageSent message, String eventId) {
        try (EventProducer producer = producer()) {
            producer.send(Topics.CASES_ALERT_REQUESTS, message.requestId().toString(), eventId, EventType.VERIFICATION_MESSAGE_SENT.type(),
                    codec.encode(EventType.VERIFICATION_MESSAGE_SENT, message));
        }
    }

    public static EventProducer producer() {
        return new EventProducer();
    }

    /** A {@link TopicWatcher} reading {@code topic} from now on. */
    public static TopicWatcher watch(String topic) {
        return TopicWatcher.watch(topic);
    }

    /** Subscribes {@code agency} with a webhook to {@code receiver}, which then trusts the secret shown once; returns the id. */
    public static String subscribeWebhook(String agency, WebhookReceiver receiver) {
        var created = given().auth().oauth2(liaison(agency)).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEBHOOK", "url", receiver.url(), "description", "Trực ban đường dây nóng"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .extract();
        receiver.trust(created.path("secret"));
        return created.path("id");
    }

    public static void unsubscribe(String agency, String subscriptionId) {
        given().auth().oauth2(liaison(agency))
                .when().delete("/api/v1/subscriptions/" + subscriptionId)
                .then().statusCode(204);
    }

    /**
     * The id of the alert issued to {@code agency} for {@code request}, once it exists.
     */
    public static String awaitAlert(String agency, AlertRequested request) {
        return awaitAlert(agency, request.requestId());
    }

    /** The id of the one alert (or verification message) {@code agency} received for the request {@code requestId}, once it exists. */
    public static String awaitAlert(String agency, UUID requestId) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> given().auth().oauth2(liaison(agency)).queryParam("requestId", requestId.toString())
                        .when().get("/api/v1/alerts")
                        .then().statusCode(200)
                        .extract().<Integer>path("totalItems") == 1);
        return given().auth().oauth2(liaison(agency)).queryParam("requestId", requestId.toString())
                .when().get("/api/v1/alerts")
                .then().statusCode(200)
                .extract().path("items[0].id");
    }
}
