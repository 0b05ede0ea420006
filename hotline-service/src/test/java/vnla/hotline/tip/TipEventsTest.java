package vnla.hotline.tip;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.Topics;
import vnla.hotline.TipFixtures;
import vnla.testing.TopicWatcher;
import vnla.testing.Traceparent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vnla.hotline.TipFixtures.analyst;
import static vnla.testing.TopicWatcher.header;

/** What hotline-service publishes on the real broker: one CloudEvent per change, keyed by tip, valid, no reporter. */
@QuarkusTest
class TipEventsTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Test
    void recordingATipPublishesOneValidReceivedEventWithoutReporterData() throws Exception {
        try (TopicWatcher topic = TopicWatcher.watch(Topics.HOTLINE_TIPS)) {
            String id = TipFixtures.recordTip(TipFixtures.identifiedTip());

            ConsumerRecord<String, byte[]> record = topic.awaitOne(r -> id.equals(r.key()));

            assertEquals("hotline.tip.received", header(record, "ce_type"));
            assertEquals("1.0", header(record, "ce_specversion"));
            assertEquals("/hotline-service", header(record, "ce_source"));
            assertEquals(id, header(record, "ce_subject"));
            assertNotNull(header(record, "ce_id"));
            assertNotNull(header(record, "ce_time"));
            JsonNode payload = mapper.readTree(record.value());
            assertTrue(codec.violations(EventType.TIP_RECEIVED, payload).isEmpty());
            String json = new String(record.value(), StandardCharsets.UTF_8);
            assertFalse(json.contains(TipFixtures.REPORTER_NAME));
            assertFalse(json.contains(TipFixtures.REPORTER_PHONE));
            assertFalse(json.contains("reporter"));
            assertTrue(json.contains(TipFixtures.LO_TEXT));
            assertEquals(1, topic.drain(r -> id.equals(r.key()), Duration.ofSeconds(1)).size());
        }
    }

    /**
     * One trace per tip: the POST's traceparent (the duty officer's console began the trace) is the trace of every
     * event of the tip, even of a triage made later in a trace of its own, so the partner's webhook ends the tip's trace.
     */
    @Test
    void everyEventOfATipCarriesTheTraceOfThePostThatRecordedIt() throws Exception {
        String tipTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String triageTrace = "0af7651916cd43dd8448eb211c80319c";
        try (TopicWatcher topic = TopicWatcher.watch(Topics.HOTLINE_TIPS)) {
            String id = TipFixtures.dutyOfficer().header("traceparent", "00-" + tipTrace + "-00f067aa0ba902b7-01")
                    .body(TipFixtures.anonymousTip()).when().post("/api/v1/tips").then().statusCode(201).extract().path("id");
            analyst().header("traceparent", "00-" + triageTrace + "-b7ad6b7169203331-01").header("If-Match", "\"0\"")
                    .body(TipFixtures.triage("URGENT", "GREEN", "REGIONAL", List.of("la.salavan")))
                    .when().post("/api/v1/tips/" + id + "/triage").then().statusCode(200);

            List<ConsumerRecord<String, byte[]>> events = topic.await(r -> id.equals(r.key()), 2, Duration.ofSeconds(30));

            for (ConsumerRecord<String, byte[]> event : events) {
                String traceparent = header(event, "traceparent");
                assertNotNull(traceparent, header(event, "ce_type"));
                assertEquals(tipTrace, Traceparent.traceId(traceparent), header(event, "ce_type"));
                // a span of hotline-service's own (the POST's server span), not the caller's
                assertFalse(traceparent.contains("00f067aa0ba902b7"), traceparent);
            }
        }
    }

    @Test
    void triageAndDismissalArePublishedInOrder() throws Exception {
        try (TopicWatcher topic = TopicWatcher.watch(Topics.HOTLINE_TIPS)) {
            String id = TipFixtures.recordTip(TipFixtures.anonymousTip());
            analyst().header("If-Match", "\"0\"").body(TipFixtures.triage("URGENT", "GREEN", "REGIONAL", List.of("la.salavan")))
                    .when().post("/api/v1/tips/" + id + "/triage").then().statusCode(200);
            analyst().header("If-Match", "\"1\"").body(java.util.Map.of("reason", "Không đủ căn cứ"))
                    .when().post("/api/v1/tips/" + id + "/dismissal").then().statusCode(200);

            List<ConsumerRecord<String, byte[]>> events = topic.await(r -> id.equals(r.key()), 3, Duration.ofSeconds(30));

            assertEquals(List.of("hotline.tip.received", "hotline.tip.triaged", "hotline.tip.dismissed"),
                    events.stream().map(r -> header(r, "ce_type")).toList());
            assertTrue(codec.violations(EventType.TIP_TRIAGED, mapper.readTree(events.get(1).value())).isEmpty());
            assertTrue(codec.violations(EventType.TIP_DISMISSED, mapper.readTree(events.get(2).value())).isEmpty());
            assertEquals("la.salavan", mapper.readTree(events.get(1).value()).at("/partnerAgencies/0").asText());
        }
    }
}
