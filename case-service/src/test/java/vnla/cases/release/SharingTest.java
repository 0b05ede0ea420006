package vnla.cases.release;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.cases.TipFeed;
import vnla.common.event.TipReceived;
import vnla.common.event.Topics;
import vnla.common.event.Vocabulary.Priority;
import vnla.common.event.Vocabulary.Releasability;
import vnla.common.event.Vocabulary.Tlp;
import vnla.testing.TopicWatcher;

/** Another agency reaches a tip only through a release that still holds, on every read path. */
@QuarkusTest
class SharingTest {

    @Inject
    TipFeed feed;

    @Inject
    ObjectMapper mapper;

    @Test
    void partnerSuggestionsNeverHoldAnotherAgencysUnreleasedTip() {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        String phone = "0905 " + (100 + (int) (Math.random() * 899)) + " 456";
        TipReceived red = triaged(TipFeed.tip("vn.hue", TipFeed.phones(phone)), Tlp.RED, Releasability.REGIONAL, List.of(), false);
        TipReceived nationalOnly = triaged(TipFeed.tip("vn.hue", TipFeed.phones(phone)), Tlp.GREEN, Releasability.NATIONAL_ONLY, List.of(), false);
        TipReceived untriaged = feed.received(TipFeed.tip("vn.hue", TipFeed.phones(phone)));
        TipReceived otherPartner = triaged(TipFeed.tip("vn.hue", TipFeed.phones(phone)), Tlp.AMBER, Releasability.BILATERAL,
                List.of("la.champasak"), true);
        TipReceived released = triaged(TipFeed.tip("vn.hue", TipFeed.phones(phone)), Tlp.AMBER, Releasability.REGIONAL,
                List.of("la.salavan"), true);
        TipReceived salavanTip = feed.received(TipFeed.tip("la.salavan", TipFeed.phones(phone)));
        Api.link("la.salavan", operation, salavanTip.tipId());

        List<String> forSalavan = Api.analyst("la.salavan").get("/api/v1/operations/{id}/suggestions", operation)
                .then().statusCode(200)
                .extract().path("items.tipId");
        assertEquals(List.of(released.tipId().toString()), forSalavan.stream()
                .filter(id -> List.of(red, nationalOnly, untriaged, otherPartner, released).stream().anyMatch(t -> t.tipId().toString().equals(id)))
                .toList());
        Api.analyst("vn.hue").get("/api/v1/operations/{id}/suggestions", operation)
                .then().statusCode(200)
                .body("items.tipId", hasItems(red.tipId().toString(), nationalOnly.tipId().toString(), untriaged.tipId().toString(),
                        otherPartner.tipId().toString()));

        for (TipReceived withheld : List.of(red, nationalOnly, untriaged, otherPartner)) {
            Api.analyst("la.salavan").get("/api/v1/tips/{id}", withheld.tipId())
                    .then().statusCode(404);
            Api.analyst("la.salavan").body(Map.of("tipId", withheld.tipId().toString())).post("/api/v1/operations/{id}/links", operation)
                    .then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void partnerLinkingAReleasedTipReleasesNothingFurtherAndLeavesItsStatusToTheOwner() throws IOException {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        UUID operation = Api.open("vn.hue", Api.hueSalavan());
        TipReceived released = triaged(TipFeed.tip("vn.hue", TipFeed.everything("Nguyễn Văn Đức", "046090001234", "0905 111 222", "75A-123.45")),
                Tlp.AMBER, Releasability.BILATERAL, List.of("la.salavan"), true);

        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_OPERATIONS)) {
            Api.link("la.salavan", operation, released.tipId());
            JsonNode linked = mapper.readTree(watcher.awaitOne(r -> "cases.tip.linked".equals(TopicWatcher.header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(released.tipId().toString())).value());
            assertEquals("la.salavan", linked.get("linkingAgency").asText());
        }
        Api.analyst("vn.hue").get("/api/v1/tips/{id}/releases", released.tipId())
                .then().statusCode(200)
                .body("items.trigger", contains("CROSS_BORDER_TRIAGE"));
        Api.analyst("la.salavan").get("/api/v1/operations/{id}/links", operation)
                .then().statusCode(200)
                .body("items[0].withheld", equalTo(false))
                .body("items[0].category", equalTo("DRUG_TRAFFICKING"));
        Api.analyst("la.salavan").get("/api/v1/tips/{id}", released.tipId())
                .then().statusCode(200)
                .body("access", equalTo("RELEASED"))
                .body("entities.persons[0].name", equalTo("Nguyễn Văn Đức"))
                .body("phones", contains("+84905111222"));
    }

    @Test
    void invitationAcceptanceReleaseThenTerminationLeavesOnlyThePlaceholder() throws IOException {
        String agreement = Api.agreement("vn.sonla", "la.houaphanh", "2025-01-01", null);
        UUID operation = Api.openInviting("vn.sonla", Api.operation("vn.sonla", List.of("la.houaphanh"), "DRUG_TRAFFICKING",
                List.of("VN-05", "LA-HO"), LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(2)));
        TipReceived tip = triaged(TipFeed.tip("vn.sonla", TipFeed.everything("Lò Văn Sủa", "014090004321", "0212 3456 789", "26B1-555.66")),
                Tlp.AMBER_STRICT, Releasability.REGIONAL, List.of(), false);
        Api.link("vn.sonla", operation, tip.tipId());
        Api.analyst("la.houaphanh").get("/api/v1/tips/{id}", tip.tipId())
                .then().statusCode(404);

        Api.accept("la.houaphanh", operation);
        Api.analyst("la.houaphanh").get("/api/v1/tips/{id}", tip.tipId())
                .then().statusCode(200)
                .body("access", equalTo("WITHHELD"))
                .body("withheldReason", equalTo("NOT_RELEASED"))
                .body("description", nullValue());
        Api.analyst("la.houaphanh").get("/api/v1/operations/{id}/links", operation)
                .then().statusCode(200)
                .body("items[0].withheld", equalTo(true))
                .body("items[0].withheldReason", equalTo("NOT_RELEASED"))
                .body("items[0].tipReference", equalTo(tip.reference()))
                .body("items[0].category", nullValue());

        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            Api.analyst("la.houaphanh").body(Map.of("operationId", operation.toString())).post("/api/v1/tips/{id}/releases", tip.tipId())
                    .then().statusCode(404);
            Api.analyst("vn.sonla").body(Map.of("operationId", operation.toString())).post("/api/v1/tips/{id}/releases", tip.tipId())
                    .then().statusCode(201)
                    .body("recipients", contains("la.houaphanh"));
            watcher.awaitOne(r -> "cases.alert.requested".equals(TopicWatcher.header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(tip.tipId().toString()));
        }
        Api.analyst("la.houaphanh").get("/api/v1/tips/{id}", tip.tipId())
                .then().statusCode(200)
                .body("access", equalTo("RELEASED_WITHOUT_PERSONS"))
                .body("description", equalTo(TipFeed.VI_DESCRIPTION))
                .body("location.district", equalTo("A Lưới"))
                .body("entities.persons", empty())
                .body("entities.phoneNumbers", empty())
                .body("phones", empty())
                .body("idNumbers", empty());
        Api.analyst("vn.sonla").get("/api/v1/tips/{id}/release-ledger", tip.tipId())
                .then().statusCode(200)
                .body("items.kind", contains("RELEASED"))
                .body("items[0].agency", equalTo("la.houaphanh"))
                .body("items[0].agreementId", equalTo(agreement))
                .body("items[0].handlingCode.tlp", equalTo("AMBER+STRICT"))
                .body("items[0].actor", equalTo("analyst@vn.sonla"));

        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            Api.as("admin", "la.houaphanh").body(Map.of("reason", "ຢຸດຕິການຮ່ວມມື")).post("/api/v1/agreements/{id}/termination", agreement)
                    .then().statusCode(200);
            JsonNode withdrawn = mapper.readTree(watcher.awaitOne(r -> "cases.alert.withdrawn".equals(TopicWatcher.header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(tip.tipId().toString())).value());
            assertEquals("CANCEL", withdrawn.get("messageType").asText());
            assertEquals("AGREEMENT_TERMINATED", withdrawn.get("reason").asText());
        }
        Api.analyst("la.houaphanh").get("/api/v1/tips/{id}", tip.tipId())
                .then().statusCode(200)
                .body("access", equalTo("WITHHELD"))
                .body("withheldReason", equalTo("WITHDRAWN"))
                .body("description", nullValue())
                .body("entities", nullValue());
        Api.analyst("la.houaphanh").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                // what notification-service reports (deliveries) may interleave; case-service's own steps come in this order
                .body("items.findAll { !it.kind.startsWith('ALERT_DELIVERED') }.kind", contains("OPERATION_OPENED", "PARTNER_INVITED",
                        "TIP_LINKED", "INVITATION_ACCEPTED", "ALERT_REQUESTED", "RELEASE_WITHDRAWN"));
    }

    private TipReceived triaged(TipReceived tip, Tlp tlp, Releasability releasability, List<String> partners, boolean crossBorder) {
        feed.received(tip);
        feed.triaged(tip, TipFeed.triage(tip, Priority.FLASH, tlp, releasability, crossBorder, partners));
        return tip;
    }
}
