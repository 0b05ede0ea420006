package vnla.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vnla.testing.Tokens;
import vnla.testing.TopicWatcher;
import vnla.testing.WebhookReceiver;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forces' other cross-border work (issue 14), through the three running services: requests for verification from
 * Huế to Salavan, answered or escalating; a Huế working group in Salavan
 * receiving the alerts for its host area until it is closed; a fugitive of Huế seen in
 * Champasak and handed over at the border gate; a trafficking victim returned from Savannakhet to Quảng Nam whose
 * identity appears nowhere but in a custodian's read; the 2024 Quảng Nam–Sekong review in Vietnamese and in Lao.
 */
class CrossBorderCasesIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @BeforeAll
    static void suite() {
        Suite.up();
    }

    /**
     * Acceptance 3: a sighting from a Champasak tip, a request to arrest at Champasak's webhook, answered, then a handover
     * both sides confirm, counted in the statistics.
     */
    @Test
    void fugitiveOfHueSeenInChampasakIsHandedOverAndCounted() {
        Api.agreement("vn.hue", "la.champasak", "2025-01-01", null);
        String operation = Api.openOperation("vn.hue", Fixtures.operation("Chuyên án TN-" + System.nanoTime(), "vn.hue", List.of("la.champasak"),
                "WANTED_FUGITIVE", List.of("VN-26", "LA-CH")));
        long before = statistic("handovers", "vn.hue", "la.champasak");

        String wanted = Api.cases("analyst", "vn.hue").body(wantedPerson(operation)).when().post("/api/v1/wanted-persons")
                .then().statusCode(201).extract().path("id");
        Api.cases("analyst", "vn.hue").body(Map.of("agency", "la.champasak")).when().post("/api/v1/wanted-persons/" + wanted + "/shares")
                .then().statusCode(201);

        // Champasak's duty officer takes a call about him; the tip reaches case-service through hotline.tips.v1
        Map<String, Object> call = Fixtures.tip("WANTED_FUGITIVE", "LA-CH", SIGHTED_LO, "lo");
        call.put("location", Map.of("provinceCode", "LA-CH", "district", "ໂຂງ", "borderPoint", "ທ່າເຮືອບ້ານວັງທອງ"));
        String tip = Api.hotline("duty-officer", "la.champasak").body(call).when().post("/api/v1/tips")
                .then().statusCode(201).extract().path("id");
        await("the tip projected in case-service").atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.cases("analyst", "la.champasak")
                .when().get("/api/v1/tips/" + tip).then().statusCode(200));
        Api.cases("analyst", "la.champasak").body(Map.of("tipId", tip, "note", SIGHTED_LO, "language", "lo",
                        "place", Map.of("provinceCode", "LA-CH", "district", "ໂຂງ"), "seenAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(3).toString()))
                .when().post("/api/v1/wanted-persons/" + wanted + "/sightings")
                .then().statusCode(201)
                .body("tipId", equalTo(tip))
                .body("note", equalTo(SIGHTED_LO));
        Api.cases("analyst", "vn.hue").when().get("/api/v1/wanted-persons/" + wanted + "/sightings")
                .then().statusCode(200)
                .body("items.note", hasItem(SIGHTED_LO));

        // Huế asks Champasak to arrest him: a request for verification of kind ARREST naming the record both hold,
        // delivered to Champasak's signed webhook; Champasak accepts and answers it
        Api.unsubscribeAll("la.champasak");
        try (WebhookReceiver champasak = WebhookReceiver.start()) {
            champasak.trust(Api.subscribeWebhook("la.champasak", champasak.url()));
            Map<String, Object> arrest = new LinkedHashMap<>();
            arrest.put("requestingAgency", "vn.hue");
            arrest.put("requestedAgency", "la.champasak");
            arrest.put("subject", Map.of("kind", "ARREST", "value", "Hồ Văn Thắng, bí danh ທ້າວ ທັງ", "wantedPersonId", wanted));
            arrest.put("question", ARREST);
            arrest.put("priority", "URGENT");
            arrest.put("deadline", Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString());
            arrest.put("handlingCode", Map.of("tlp", "AMBER", "releasability", "BILATERAL"));
            arrest.put("operationId", operation);
            String request = Api.cases("analyst", "vn.hue").body(arrest).when().post("/api/v1/requests")
                    .then().statusCode(201)
                    .body("subject.kind", equalTo("ARREST"))
                    .body("subject.wantedPersonId", equalTo(wanted))
                    .extract().path("id");
            WebhookReceiver.Call asked = awaitVerification(champasak, request, "SENT");
            assertTrue(asked.verified(), "Standard Webhooks signature verifies");
            assertEquals("ARREST", asked.json().path("data").path("verification").path("subjectKind").asText());
            assertEquals(wanted, asked.json().path("data").path("verification").path("wantedPersonId").asText());
            assertEquals(ARREST, asked.json().path("data").path("verification").path("text").asText());
            step("la.champasak", "/api/v1/requests/" + request, "acceptance", Map.of()).then().statusCode(200);
            step("la.champasak", "/api/v1/requests/" + request, "answer", Map.of("result", "CONFIRMED", "findings", ARRESTED_LO))
                    .then().statusCode(200);
        }

        String handover = Api.cases("analyst", "la.champasak").body(handover()).when().post("/api/v1/wanted-persons/" + wanted + "/handovers")
                .then().statusCode(201).body("status", equalTo("PROPOSED")).extract().path("id");
        String handoverPath = "/api/v1/wanted-persons/" + wanted + "/handovers/" + handover;
        step("vn.hue", handoverPath, "status", Map.of("status", "AGREED")).then().statusCode(200).body("status", equalTo("AGREED"));
        step("la.champasak", handoverPath, "status", Map.of("status", "HANDED_OVER")).then().statusCode(200).body("status", equalTo("AGREED"));
        step("vn.hue", handoverPath, "status", Map.of("status", "HANDED_OVER")).then().statusCode(200).body("status", equalTo("HANDED_OVER"));

        for (String agency : List.of("vn.hue", "la.champasak")) {
            Api.cases("analyst", agency).when().get(handoverPath)
                    .then().statusCode(200)
                    .body("status", equalTo("HANDED_OVER"))
                    .body("borderGate", equalTo(GATE));
            Api.cases("analyst", agency).queryParam("size", 100).when().get("/api/v1/operations/" + operation + "/timeline")
                    .then().statusCode(200)
                    .body("items.kind", hasItem("HANDOVER_CONFIRMED"));
        }
        assertEquals(before + 1, statistic("handovers", "vn.hue", "la.champasak"));
        assertEquals(before + 1, statistic("handovers", "la.champasak", "vn.hue"));
    }

    /**
     * Acceptance 4: a victim referred by Savannakhet, identified and received by Quảng Nam. Her name, birth date, ID
     * number, address, phone and photo reference are in no record of any topic, no alert, no service log and no read but
     * a custodian's approved one, which returns them byte for byte.
     */
    @Test
    void victimReturnedFromSavannakhetToQuangNamLeavesNoIdentifyingTrace() throws IOException {
        Api.agreement("la.savannakhet", "vn.quangnam", "2025-01-01", null);
        long before = statistic("victimsReturned", "vn.quangnam", "la.savannakhet");
        List<String> reads = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> records;
        String victim;
        try (TopicWatcher everyTopic = TopicWatcher.watch(topics())) {
            String operation = Api.openOperation("la.savannakhet", Fixtures.operation("ແຜນການ ST-" + System.nanoTime(), "la.savannakhet",
                    List.of("vn.quangnam"), "HUMAN_TRAFFICKING", List.of("LA-SV", "VN-27")));
            Response referred = Api.cases("analyst", "la.savannakhet").body(referral(operation)).when().post("/api/v1/victims");
            referred.then().statusCode(201).body("status", equalTo("REFERRED"));
            reads.add(referred.asString());
            victim = referred.path("id");
            String referral = "/api/v1/victims/" + victim;
            reads.add(step("vn.quangnam", referral, "status", Map.of("status", "IDENTIFIED"))
                    .then().statusCode(200).body("status", equalTo("IDENTIFIED")).extract().asString());
            reads.add(step("la.savannakhet", referral, "status", Map.of("status", "RETURNED", "borderGate",
                    "Cửa khẩu quốc tế Lao Bảo – Densavanh", "returnedOn", TODAY.toString()))
                    .then().statusCode(200).body("status", equalTo("RETURNED")).extract().asString());
            reads.add(step("vn.quangnam", referral, "status", Map.of("status", "RECEIVED"))
                    .then().statusCode(200).body("status", equalTo("RECEIVED")).extract().asString());

            for (String agency : List.of("la.savannakhet", "vn.quangnam")) {
                reads.add(Api.cases("analyst", agency).when().get("/api/v1/victims/" + victim).then().statusCode(200).extract().asString());
                reads.add(Api.cases("analyst", agency).queryParam("size", 100).when().get("/api/v1/victims").then().statusCode(200).extract().asString());
                reads.add(Api.cases("analyst", agency).queryParam("size", 100).when().get("/api/v1/operations/" + operation + "/timeline")
                        .then().statusCode(200).extract().asString());
                reads.add(Api.notifications("liaison-officer", agency).queryParam("size", 100).when().get("/api/v1/alerts")
                        .then().statusCode(200).extract().asString());
            }
            assertEquals(before + 1, statistic("victimsReturned", "vn.quangnam", "la.savannakhet"));
            // what the status changes caused has reached the topics (four of them), and a little more time for the rest
            records = everyTopic.await(r -> r.key() != null && r.key().equals(victim), 4, Duration.ofSeconds(60));
            records = everyTopic.drain(r -> true, Duration.ofSeconds(3));
        }

        // a custodian of the receiving side reads her identity, once a second person approved
        String request = Api.cases("custodian", "vn.quangnam").body(Map.of("reason", "Xác minh nhân thân để hỗ trợ tái hòa nhập cộng đồng"))
                .when().post("/api/v1/victims/" + victim + "/identity-disclosure-requests")
                .then().statusCode(201).extract().path("id");
        Api.cases("admin", "vn.quangnam").body(Map.of("approve", true, "reason", "Đồng ý: phục vụ tiếp nhận nạn nhân"))
                .when().post("/api/v1/victims/" + victim + "/identity-disclosure-requests/" + request + "/decision")
                .then().statusCode(200);
        Api.cases("custodian", "vn.quangnam").when().post("/api/v1/victims/" + victim + "/identity-disclosure-requests/" + request + "/disclosure")
                .then().statusCode(200)
                .body("fullName", equalTo(VICTIM_NAME))
                .body("homeAddress", equalTo(VICTIM_ADDRESS))
                .body("phone", equalTo(VICTIM_PHONE));

        assertFalse(records.isEmpty());
        for (ConsumerRecord<String, byte[]> record : records) {
            assertNothingIdentifying("a record on " + record.topic(), new String(record.value(), StandardCharsets.UTF_8));
        }
        for (String read : reads) {
            assertNothingIdentifying("a non-custodian read", read);
        }
        try (Stream<Path> logs = Files.list(Suite.ROOT.resolve("system-tests/target/logs"))) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
                assertNothingIdentifying("the log " + log.getFileName(), Files.readString(log, StandardCharsets.UTF_8));
            }
        }
    }

    /** Acceptance 5: the figures recorded for 2024 in the review, in Vietnamese and in Lao, the agencies' names as recorded. */
    @Test
    void reviewOf2024QuangNamSekongInVietnameseAndLaoHoldsTheFiguresRecorded() throws IOException {
        List<String> vi = reviewLines("vn.quangnam", "vi");
        long before = Long.parseLong(vi.stream().filter(line -> line.startsWith("Số vụ ")).findFirst().orElseThrow()
                .substring("Số vụ ".length()).replace(".", ""));

        Map<String, Object> joint = new LinkedHashMap<>(Fixtures.operation("Chuyên án QS-" + System.nanoTime(), "vn.quangnam", List.of("la.sekong"),
                "DRUG_TRAFFICKING", List.of("VN-27", "LA-XE")));
        joint.put("period", Map.of("from", "2024-01-01", "to", "2024-12-31"));
        String operation = Api.openOperation("vn.quangnam", joint);
        result("vn.quangnam", operation, "2024-03-12", "VN-27", "Nam Giang", 2, 3, List.of(drug("METHAMPHETAMINE_TABLETS", 24000, "TABLET")));
        result("la.sekong", operation, "2024-11-05", "LA-XE", "ດາກຈຶງ", 1, 2, List.of(drug("CANNABIS", 12, "KILOGRAM")));

        vi = reviewLines("vn.quangnam", "vi");
        assertTrue(vi.contains("Số vụ " + (before + 3)), String.join("\n", vi));
        assertTrue(vi.contains("Công an tỉnh Quảng Nam"), String.join("\n", vi));
        assertTrue(vi.contains("Sekong provincial police"), String.join("\n", vi));
        List<String> lo = reviewLines("la.sekong", "lo");
        assertTrue(lo.contains("ສະຫຼຸບຜົນການຮ່ວມມືປະຈຳປີ 2024"), String.join("\n", lo));
        assertTrue(lo.contains("ຈຳນວນຄະດີ " + (before + 3)), String.join("\n", lo));
        assertTrue(lo.contains("Công an tỉnh Quảng Nam"), String.join("\n", lo));
    }

    /**
     * Acceptance 1: Huế asks Salavan to verify a person; Salavan accepts and answers CONFIRMED before the deadline, each
     * message reaching the other side's Standard Webhooks receiver, text byte-exact. A second request, left unanswered,
     * becomes OVERDUE at its deadline and climbs Salavan's tiers in real time (its deadline passes while the first is
     * answered; module tests move the clock). Both requests are on the operation's timeline as both sides read it.
     */
    @Test
    void requestsForVerificationFromHueToSalavanAreAnsweredOrEscalate() {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        String operation = Api.openOperation("vn.hue", Fixtures.operation("Chuyên án XM-" + System.nanoTime(), "vn.hue", List.of("la.salavan"),
                "DRUG_TRAFFICKING", List.of("VN-26", "LA-SL")));
        Api.unsubscribeAll("la.salavan");
        Api.unsubscribeAll("vn.hue");
        try (WebhookReceiver salavan = WebhookReceiver.start(); WebhookReceiver hue = WebhookReceiver.start()) {
            salavan.trust(Api.subscribeWebhook("la.salavan", salavan.url()));
            hue.trust(Api.subscribeWebhook("vn.hue", hue.url()));

            // the unanswered request first, due in a few seconds: its deadline passes while the other is answered, so the
            // real-time wait left for OVERDUE is short (SonLaFugitiveIT keeps the one long one)
            String unanswered = verificationRequest(operation, "FLASH", Instant.now().plus(Duration.ofSeconds(6)));
            String answered = verificationRequest(operation, "ROUTINE", Instant.now().plus(Duration.ofDays(3)));
            WebhookReceiver.Call asked = awaitVerification(salavan, answered, "SENT");
            assertTrue(asked.verified(), "Standard Webhooks signature verifies");
            assertEquals(QUESTION, asked.json().path("data").path("verification").path("text").asText());
            assertTrue(asked.body().contains(QUESTION), "byte for byte");
            step("la.salavan", "/api/v1/requests/" + answered, "acceptance", Map.of()).then().statusCode(200);
            step("la.salavan", "/api/v1/requests/" + answered, "answer", Map.of("result", "CONFIRMED", "findings", FINDINGS)).then().statusCode(200);
            WebhookReceiver.Call answer = awaitVerification(hue, answered, "ANSWERED");
            assertTrue(answer.verified());
            assertEquals("CONFIRMED", answer.json().path("data").path("verification").path("result").asText());
            assertEquals(FINDINGS, answer.json().path("data").path("verification").path("text").asText());
            assertTrue(answer.body().contains(FINDINGS), "byte for byte");

            String alert = awaitVerification(salavan, unanswered, "SENT").alertId();
            await("OVERDUE at the deadline").atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.cases("analyst", "vn.hue")
                    .when().get("/api/v1/requests/" + unanswered).then().statusCode(200).body("status", equalTo("OVERDUE")));
            await("escalated on Salavan's side").atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.notifications("liaison-officer", "la.salavan")
                    .when().get("/api/v1/alerts/" + alert + "/escalations")
                    .then().statusCode(200)
                    .body("[0].fromTier", equalTo("BORDER_POST"))
                    .body("[0].toTier", equalTo("DISTRICT")));

            for (String agency : List.of("vn.hue", "la.salavan")) {
                await("both requests on " + agency + "'s timeline").atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.cases("analyst", agency)
                        .queryParam("size", 100).when().get("/api/v1/operations/" + operation + "/timeline")
                        .then().statusCode(200)
                        .body("items.kind", hasItems("VERIFICATION_REQUESTED", "VERIFICATION_ACCEPTED", "VERIFICATION_ANSWERED",
                                "VERIFICATION_OVERDUE", "ALERT_ESCALATED")));
            }
        }
    }

    private static String verificationRequest(String operation, String priority, Instant deadline) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestingAgency", "vn.hue");
        body.put("requestedAgency", "la.salavan");
        body.put("subject", Map.of("kind", "PERSON", "value", "Nguyễn Văn Hùng, sinh năm 1988, thuê bao +856 20 5555 1234"));
        body.put("question", QUESTION);
        body.put("priority", priority);
        body.put("deadline", deadline.truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("handlingCode", Map.of("tlp", "AMBER", "releasability", "BILATERAL"));
        body.put("operationId", operation);
        return Api.cases("analyst", "vn.hue").body(body).when().post("/api/v1/requests")
                .then().statusCode(201).body("status", equalTo("SENT")).extract().path("id");
    }

    /** The first signed call that brings the request's {@code message} (SENT, ANSWERED, ...) to the receiver. */
    private static WebhookReceiver.Call awaitVerification(WebhookReceiver receiver, String request, String message) {
        java.util.function.Predicate<WebhookReceiver.Call> wanted = c -> c.answered() < 300
                && "notifications.verification.message-issued".equals(c.json().path("type").asText())
                && request.equals(c.json().path("data").path("requestId").asText())
                && message.equals(c.json().path("data").path("verification").path("message").asText());
        await("the request's " + message + " message at the webhook").atMost(Duration.ofSeconds(60))
                .until(() -> receiver.calls().stream().anyMatch(wanted));
        return receiver.calls().stream().filter(wanted).findFirst().orElseThrow();
    }

    /**
     * Acceptance 2 through the running services (the module test WorkingGroupAlertsTest moves the clock through the
     * 2025-11-29..2025-12-29 period): the Huế working group stationed in Salavan for a month around today gets, at its
     * own webhook, the alert a Huế tip about LA-SL causes for Salavan, and acknowledges it; once Huế closes the group it
     * gets nothing more and its acknowledgement is refused with 403, while Salavan still gets every alert.
     */
    @Test
    void hueWorkingGroupInSalavanReceivesTheAlertsForItsAreaUntilItIsClosed() {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", "Tổ công tác thường trực Công an TP Huế tại Salavan");
        group.put("originAgency", "vn.hue");
        group.put("hostAgency", "la.salavan");
        group.put("hostArea", "LA-SL");
        group.put("period", Map.of("from", TODAY.minusDays(3).toString(), "to", TODAY.plusDays(27).toString()));
        group.put("members", List.of(Map.of("name", "Nguyễn Văn Đức", "rank", "Thiếu tá", "phone", "+84 234 382 2000",
                "roster", List.of(Map.of("from", TODAY.minusDays(3).toString(), "to", TODAY.plusDays(27).toString())))));
        group.put("onDutyContact", Map.of("name", "Trần Minh Quân", "rank", "Trung tá", "phone", "+856 20 5555 0101"));
        String groupId = Api.notifications("admin", "vn.hue").body(group).when().post("/api/v1/working-groups")
                .then().statusCode(201).body("status", equalTo("OPEN")).extract().path("id");
        String groupToken = Tokens.forWorkingGroup("liaison-officer", "vn.hue", groupId);

        Api.unsubscribeAll("la.salavan");
        try (WebhookReceiver salavan = WebhookReceiver.start(); WebhookReceiver workingGroup = WebhookReceiver.start()) {
            salavan.trust(Api.subscribeWebhook("la.salavan", salavan.url()));
            workingGroup.trust(RestAssured.given().baseUri(Suite.NOTIFICATIONS.url()).auth().oauth2(groupToken).contentType(ContentType.JSON)
                    .body(Map.of("channel", "WEBHOOK", "url", workingGroup.url(), "description", "Tổ công tác tại Salavan"))
                    .when().post("/api/v1/subscriptions")
                    .then().statusCode(201)
                    .body("workingGroupId", equalTo(groupId))
                    .extract().path("secret"));

            String during = alertForSalavanArea();
            await("the group's webhook gets Salavan's alert").atMost(Duration.ofSeconds(60))
                    .until(() -> workingGroup.callsFor(during).stream().anyMatch(c -> c.answered() < 300));
            WebhookReceiver.Call call = workingGroup.callsFor(during).get(0);
            assertTrue(call.verified(), "Standard Webhooks signature verifies");
            assertEquals("la.salavan", call.json().path("data").path("recipientAgency").asText());
            assertEquals("LA-SL", call.json().path("data").path("area").path("provinceCode").asText());
            await("Salavan's webhook gets it too").atMost(Duration.ofSeconds(60)).until(() -> !salavan.callsFor(during).isEmpty());

            Api.notifications("admin", "vn.hue").body(Map.of("reason", "Tổ công tác hoàn thành nhiệm vụ, rút về nước"))
                    .when().post("/api/v1/working-groups/" + groupId + "/closure")
                    .then().statusCode(200).body("status", equalTo("CLOSED"));
            String after = alertForSalavanArea();
            await("Salavan still gets its alerts").atMost(Duration.ofSeconds(60)).until(() -> !salavan.callsFor(after).isEmpty());
            assertEquals(List.of(), workingGroup.drainFor(after, Duration.ofSeconds(3)));
            RestAssured.given().baseUri(Suite.NOTIFICATIONS.url()).auth().oauth2(groupToken).contentType(ContentType.JSON)
                    .body(Map.of("officerName", "Nguyễn Văn Đức", "officerRank", "Thiếu tá"))
                    .when().post("/api/v1/alerts/" + during + "/acknowledgements")
                    .then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    /** A Huế tip about a shipment in Salavan province, triaged FLASH for Salavan; returns the id of Salavan's alert. */
    private static String alertForSalavanArea() {
        Map<String, Object> call = Fixtures.tip("DRUG_TRAFFICKING", "LA-SL", Fixtures.VI_METH_ROUTE, "vi");
        call.put("location", Map.of("provinceCode", "LA-SL", "district", "Samouy", "borderPoint", "Đường mòn bản Pa Riêng"));
        String tip = Api.hotline("duty-officer", "vn.hue").body(call).when().post("/api/v1/tips").then().statusCode(201).extract().path("id");
        Flow.triageForPartner("vn.hue", tip, "la.salavan");
        return await("Salavan's alert for the tip").atMost(Duration.ofSeconds(60)).until(() -> Api.notifications("liaison-officer", "la.salavan")
                .queryParam("size", 100).when().get("/api/v1/alerts")
                .then().statusCode(200).extract().jsonPath().<String>getString("items.find { it.references.tipId == '" + tip + "' }.id"),
                java.util.Objects::nonNull);
    }

    static final String QUESTION = "Đề nghị xác minh đối tượng có đang cư trú tại bản Lạc Khon Phêng, huyện Lao Ngam không.";
    static final String FINDINGS = "ບຸກຄົນດັ່ງກ່າວ ອາໄສຢູ່ບ້ານລະຄອນເພັງ ເມືອງລະຄອນເພັງ ແຂວງສາລະວັນ ແຕ່ເດືອນກັນຍາ";
    static final String ARREST = "Đề nghị bắt giữ đối tượng truy nã Hồ Văn Thắng và bàn giao tại cửa khẩu A Đớt – Tà Vàng.";
    static final String ARRESTED_LO = "ໄດ້ຈັບກຸມຜູ້ຕ້ອງຫາແລ້ວ ທີ່ບ້ານວັງທອງ ເມືອງໂຂງ";
    static final String SIGHTED_LO = "ມີຄົນເຫັນຜູ້ຕ້ອງຫາຂ້າມແມ່ນ້ຳຂອງ ທາງເຮືອ ຕອນເຊົ້າມືດ ບ້ານວັງທອງ";
    static final String GATE = "Cửa khẩu A Đớt – Tà Vàng";
    static final String VICTIM_NAME = "Nguyễn Thị Hằng";
    static final String VICTIM_ADDRESS = "Thôn Đắc Pre, xã Đắc Pring, huyện Nam Giang, tỉnh Quảng Nam";
    static final String VICTIM_PHONE = "+84 905 123 456";
    /** What must appear nowhere but in a custodian's read. */
    static final List<String> IDENTIFYING = List.of(VICTIM_NAME, "2004-03-17", "049304001234", VICTIM_ADDRESS, "Đắc Pre", VICTIM_PHONE,
            "905 123 456", "SVK-ANH-2026-0042");

    private static Map<String, Object> wantedPerson(String operation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuingAgency", "vn.hue");
        body.put("fullName", "Hồ Văn Thắng");
        body.put("aliases", List.of("Thắng Lào", "ທ້າວ ທັງ"));
        body.put("dateOfBirth", "1988-09-02");
        body.put("nationality", "VN");
        body.put("idNumbers", List.of("046088001234"));
        body.put("warrantReference", "Quyết định truy nã số 15/QĐ-CSĐT ngày 03/3/2026 của Cơ quan CSĐT Công an TP Huế");
        body.put("offenceCategory", "DRUG_TRAFFICKING");
        body.put("handlingCode", Map.of("tlp", "AMBER", "releasability", "BILATERAL"));
        body.put("operationId", operation);
        return body;
    }

    private static Map<String, Object> handover() {
        return Map.of("handingAgency", "la.champasak", "borderGate", GATE, "date", TODAY.toString(),
                "handingOfficers", List.of(Map.of("name", "Khamphone Sisavath", "rank", "ພັນຕີ")),
                "receivingOfficers", List.of(Map.of("name", "Nguyễn Văn Hùng", "rank", "Thiếu tá")),
                "note", "Bàn giao theo biên bản thỏa thuận giữa hai bên");
    }

    private static Map<String, Object> referral(String operation) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("fullName", VICTIM_NAME);
        identity.put("dateOfBirth", "2004-03-17");
        identity.put("idNumber", "049304001234");
        identity.put("nationality", "VN");
        identity.put("homeAddress", VICTIM_ADDRESS);
        identity.put("phone", VICTIM_PHONE);
        identity.put("photoReference", "SVK-ANH-2026-0042");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("referringAgency", "la.savannakhet");
        body.put("receivingAgency", "vn.quangnam");
        body.put("identity", identity);
        body.put("sex", "FEMALE");
        body.put("ageBand", "ADULT");
        body.put("needs", List.of("MEDICAL", "SHELTER"));
        body.put("note", "ພົບຜູ້ເສຍຫາຍຢູ່ດ່ານຊາຍແດນ ແຂວງສະຫວັນນະເຂດ, ຕ້ອງການການປິ່ນປົວ");
        body.put("operationId", operation);
        return body;
    }

    /**
     * A step on a resource that takes {@code If-Match}: the analyst of {@code agency} reads its ETag and posts {@code body}
     * to {@code <resource>/<action>} with it.
     */
    private static Response step(String agency, String resource, String action, Map<String, Object> body) {
        String etag = Api.cases("analyst", agency).when().get(resource).then().statusCode(200).extract().header("ETag");
        return Api.cases("analyst", agency).header("If-Match", etag).body(body).when().post(resource + "/" + action);
    }

    private static void result(String agency, String operation, String date, String province, String district, int cases, int suspects,
            List<Map<String, Object>> drugs) {
        Api.cases("analyst", agency)
                .body(Map.of("date", date, "place", Map.of("provinceCode", province, "district", district), "drugs", drugs,
                        "casesOpened", cases, "suspectsArrested", suspects, "weapons", 0, "rounds", 0, "note", "Bắt giữ đối tượng tại " + district))
                .when().post("/api/v1/operations/" + operation + "/results")
                .then().statusCode(201);
    }

    private static Map<String, Object> drug(String type, Number quantity, String unit) {
        return Map.of("drugType", type, "quantity", quantity, "unit", unit);
    }

    private static long statistic(String figure, String agency, String partner) {
        return Api.cases("analyst", agency).queryParam("agency", agency).queryParam("partner", partner)
                .queryParam("from", TODAY.withDayOfYear(1).toString()).queryParam("to", TODAY.toString())
                .when().get("/api/v1/statistics")
                .then().statusCode(200)
                .extract().<Integer>path(figure).longValue();
    }

    private static List<String> reviewLines(String agency, String lang) throws IOException {
        byte[] pdf = Api.cases("analyst", agency).queryParam("agencies", "vn.quangnam").queryParam("agencies", "la.sekong")
                .queryParam("year", 2024).queryParam("lang", lang)
                .when().get("/api/v1/statistics/review")
                .then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).lines().toList();
        }
    }

    /** Every topic of the suite (stack/kafka/topics.txt). */
    private static List<String> topics() throws IOException {
        return Files.readAllLines(Suite.ROOT.resolve("stack/kafka/topics.txt")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static void assertNothingIdentifying(String where, String text) {
        for (String value : IDENTIFYING) {
            assertFalse(text.contains(value), where + " holds \"" + value + "\"");
        }
    }
}
