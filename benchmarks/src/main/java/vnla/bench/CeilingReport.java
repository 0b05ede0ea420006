package vnla.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The ceiling tables (pgbench, Kafka producer, one hop), intake ÷ pgbench, and the tip-to-partner table. */
final class CeilingReport {

    private CeilingReport() {
    }

    static void write(Markdown md, Options o, List<List<IntakeLoad.Result>> intake, List<PgbenchCeiling.Result> pgbench,
            List<KafkaCeiling.ProducerResult> producer, List<KafkaCeiling.HopResult> hops) {
        md.line("## Ceiling: the same work without the service").line("");
        if (pgbench.isEmpty() && producer.isEmpty()) {
            md.line("Not measured (see the end of this report).").line("");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        if (!pgbench.isEmpty()) {
            rows.add(List.of("pgbench, one intake's writes per transaction (" + pgbench.get(0).clients() + " clients, "
                    + String.format(Locale.ROOT, "%.0f s", pgbench.get(0).seconds()) + ")",
                    Markdown.spread(pgbench, PgbenchCeiling.Result::tps, "%.0f") + " tx/s",
                    "latency average " + Markdown.spread(pgbench, PgbenchCeiling.Result::latencyAverageMs, "%.2f") + " ms"));
        }
        if (!producer.isEmpty()) {
            rows.add(List.of("Kafka producer, idempotent, acks=all, linger 1 ms, " + producer.get(0).payloadBytes() + " B tip payloads",
                    Markdown.spread(producer, KafkaCeiling.ProducerResult::recordsPerSecond, "%.0f") + " records/s",
                    Markdown.spread(producer, KafkaCeiling.ProducerResult::megabytesPerSecond, "%.1f") + " MB/s"));
        }
        if (!hops.isEmpty()) {
            rows.add(List.of(String.format(Locale.ROOT, "one hop: insert + commit, produce (ack), consume, at %.0f/s", hops.get(0).rate()),
                    "p50 " + Markdown.spread(hops, h -> h.latency().p50(), "%.1f") + " ms",
                    "p99 " + Markdown.spread(hops, h -> h.latency().p99(), "%.1f") + " ms"));
        }
        md.table(List.of("ceiling", "rate", "detail"), rows);
        md.line("pgbench runs the statements `TipService.record` sends (reference counter upsert, tip row with jsonb entities, "
                + "reporter row, outbox row with the event JSON, bound as parameters) on scratch copies of the tables made from "
                + "the services' own migrations in schema `%s` of database `hotline`, dropped afterwards.", PgbenchCeiling.SCHEMA).line("");
        if (!intake.isEmpty() && !pgbench.isEmpty()) {
            double ceiling = Markdown.median(sorted(pgbench.stream().map(PgbenchCeiling.Result::tps).toList()));
            List<Double> held = new ArrayList<>();
            List<Double> sustained = new ArrayList<>();
            intake.forEach(run -> {
                held.add(IntakeReport.highestHeld(run, o.goalP99Ms()).orElse(0.0) / ceiling);
                sustained.add(IntakeReport.sustainedRate(run, o.stopP99Ms()).orElse(0.0) / ceiling);
            });
            md.line("- **Intake ÷ pgbench: sustained %s, held with p99 < %.0f ms %s** (median pgbench %.0f tx/s)",
                    Markdown.spread(sustained, Double::doubleValue, "%.2f"), o.goalP99Ms(),
                    Markdown.spread(held, Double::doubleValue, "%.2f"), ceiling).line("");
        }
    }

    static void writePartner(Markdown md, Options o, List<PartnerLatency.Result> partner, List<KafkaCeiling.HopResult> hops,
            String catchUpNote) {
        md.line("## Tip to partner").line("");
        if (!catchUpNote.isEmpty()) {
            md.line("%s", catchUpNote).line("");
        }
        if (partner.isEmpty()) {
            md.line("Not measured (see the end of this report).").line("");
            return;
        }
        md.line("At %.0f tips/s for %.0f s: a duty officer records a tip, an analyst triages it FLASH, cross-border, AMBER/BILATERAL "
                + "to %s (agreement in force); latency from the tip POST's intended send time to the signed webhook's arrival "
                + "(signature verified) at a local receiver, and to the alert's arrival on `%s`. Median (min–max) over %d run(s).",
                o.partnerRate(), o.partnerSeconds(), PartnerLatency.PARTNER, PartnerLatency.PARTNER_TOPIC, partner.size()).line("");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("webhook", Markdown.spread(partner, r -> (double) r.webhookArrived(), "%.0f") + " of "
                + Markdown.spread(partner, r -> (double) r.triaged(), "%.0f"),
                Markdown.spread(partner, r -> r.webhook().p50(), "%.1f"), Markdown.spread(partner, r -> r.webhook().p99(), "%.1f"),
                Markdown.spread(partner, r -> r.webhook().max(), "%.1f")));
        rows.add(List.of("webhook, from the triage's answer", "",
                Markdown.spread(partner, r -> r.webhookAfterTriage().p50(), "%.1f"),
                Markdown.spread(partner, r -> r.webhookAfterTriage().p99(), "%.1f"),
                Markdown.spread(partner, r -> r.webhookAfterTriage().max(), "%.1f")));
        rows.add(List.of("Kafka `" + PartnerLatency.PARTNER_TOPIC + "`", Markdown.spread(partner, r -> (double) r.kafkaArrived(), "%.0f")
                + " of " + Markdown.spread(partner, r -> (double) r.triaged(), "%.0f"),
                Markdown.spread(partner, r -> r.kafka().p50(), "%.1f"), Markdown.spread(partner, r -> r.kafka().p99(), "%.1f"),
                Markdown.spread(partner, r -> r.kafka().max(), "%.1f")));
        md.table(List.of("path", "arrived", "p50 ms", "p99 ms", "max ms"), rows);
        List<List<String>> hopRows = new ArrayList<>();
        for (String hop : PartnerLatency.HOPS) {
            hopRows.add(List.of(hop, Markdown.spread(partner, r -> r.hops().get(hop).p50(), "%.1f"),
                    Markdown.spread(partner, r -> r.hops().get(hop).p99(), "%.1f")));
        }
        md.line("Where it goes, hop by hop (each record seen by the benchmark's own consumers on the suite's topics):").line("");
        md.table(List.of("hop", "p50 ms", "p99 ms"), hopRows);
        List<List<String>> cpuRows = new ArrayList<>();
        for (String part : CpuUse.PARTS) {
            cpuRows.add(List.of(part, Markdown.spread(partner, r -> r.cpuMsPerTip().get(part), "%.1f")));
        }
        cpuRows.add(List.of("**all**", Markdown.spread(partner, r -> r.cpuMsPerTip().get("all"), "%.1f")));
        md.line("").line("CPU per triaged tip, from the tip POST until the last webhook arrived (each process's own CPU time "
                + "from the operating system; PostgreSQL is all its processes; the benchmark is the load generator, its receiver "
                + "and its consumers). At %s tips/s, the cores this machine has are %.0f ms per tip:", Markdown.spread(partner, PartnerLatency.Result::rate, "%.0f"),
                Runtime.getRuntime().availableProcessors() * 1000 / partner.get(0).rate()).line("");
        md.table(List.of("process", "CPU ms per tip"), cpuRows);
        long bad = partner.stream().mapToLong(PartnerLatency.Result::badSignatures).sum();
        long errors = partner.stream().mapToLong(PartnerLatency.Result::errors).sum();
        Map<String, Long> reasons = new TreeMap<>();
        partner.forEach(r -> r.failures().forEach((reason, n) -> reasons.merge(reason, n, Long::sum)));
        md.line("- Bad signatures: %d. Tips not recorded or not triaged: %d%s.", bad, errors, reasons.isEmpty() ? ""
                : " (" + reasons.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")) + ")");
        if (!hops.isEmpty()) {
            double hop50 = Markdown.median(sorted(hops.stream().map(h -> h.latency().p50()).toList()));
            double hop99 = Markdown.median(sorted(hops.stream().map(h -> h.latency().p99()).toList()));
            md.line("- **End to end ÷ one hop (commit + produce + consume): webhook p50 %s, p99 %s** (the path has three such hops: "
                    + "hotline outbox → case-service, case-service outbox → notification-service, then the webhook POST or a "
                    + "third outbox hop to the partner topic)",
                    Markdown.spread(partner, r -> r.webhook().p50() / hop50, "%.1f"),
                    Markdown.spread(partner, r -> r.webhook().p99() / hop99, "%.1f"));
        }
        md.line("");
    }

    private static List<Double> sorted(List<Double> values) {
        List<Double> copy = new ArrayList<>(values);
        copy.sort(Double::compare);
        return copy;
    }
}
