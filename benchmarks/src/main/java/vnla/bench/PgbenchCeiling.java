package vnla.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The database ceiling for intake: pgbench running, at the load generator's concurrency, the same writes one
 * {@code POST /api/v1/tips} makes in its one transaction (reference from the year's sequence, tip row with jsonb
 * entities, reporter row, outbox row with the event's JSON), against scratch copies of hotline-service's tables in a schema of their own
 * ({@value #SCHEMA}, dropped before and after). The services' own tables are never touched.
 */
public final class PgbenchCeiling {

    static final String SCHEMA = "bench_ceiling";
    private static final int SCRIPTS = 8;

    /** What pgbench reported. */
    public record Result(int clients, double seconds, double tps, double latencyAverageMs, long transactions, long failed) {
    }

    private final Path root;
    private final Db db;
    private final Path work;

    /** Where and as whom: the hotline database, as its owner role (password = name, like ./suite sets up). */
    public record Db(String host, int port, String database, String user, String password) {
    }

    public PgbenchCeiling(Path root, Db db, Path work) {
        this.root = root;
        this.db = db;
        this.work = work;
    }

    public static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/pgbench")) || onPath("pgbench");
    }

    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    /** Creates the scratch schema from the services' own migrations, runs pgbench, drops the schema. */
    public Result run(int clients, double seconds, long seed) throws IOException, InterruptedException {
        Files.createDirectories(work);
        createSchema();
        try {
            List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared", "-c", Integer.toString(clients),
                    "-j", Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())),
                    "-T", Long.toString(Math.max(1, Math.round(seconds))),
                    "-h", db.host(), "-p", Integer.toString(db.port()), "-U", db.user()));
            TipBodies bodies = new TipBodies(seed);
            Map<String, String> defines = new LinkedHashMap<>();
            for (int i = 0; i < SCRIPTS; i++) {
                Path script = work.resolve("intake-" + i + ".sql");
                Files.writeString(script, script(i, bodies.nextTip(), defines), StandardCharsets.UTF_8);
                command.add("-f");
                command.add(script.toString());
            }
            defines.forEach((name, value) -> {
                command.add("-D");
                command.add(name + "=" + value);
            });
            command.add(db.database());
            String out = exec(command, seconds + 60);
            return new Result(clients, seconds, number(out, "tps = ([0-9.]+)"), number(out, "latency average = ([0-9.]+) ms"),
                    (long) number(out, "number of transactions actually processed: ([0-9]+)"),
                    (long) numberOr(out, "number of failed transactions: ([0-9]+)", 0));
        } finally {
            dropSchema();
        }
    }

    /** The migrations that make the tables one intake writes: common's outbox first, then hotline-service's, by version. */
    List<Path> migrations() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(root.resolve("common/src/main/resources/db/common"),
                root.resolve("hotline-service/src/main/resources/db/migration"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(p -> p.getFileName().toString().matches("V[0-9_]+__.*\\.sql")).forEach(files::add);
                }
            }
        }
        if (files.isEmpty()) {
            throw new IOException("no migrations found under " + root + " (common/src/main/resources/db/common, "
                    + "hotline-service/src/main/resources/db/migration)");
        }
        files.sort(Comparator.comparing(PgbenchCeiling::version));
        return files;
    }

    private static String version(Path migration) {
        String name = migration.getFileName().toString();
        StringBuilder key = new StringBuilder();
        for (String part : name.substring(1, name.indexOf("__")).split("_")) {
            key.append(String.format("%06d", Integer.parseInt(part)));
        }
        return key.toString();
    }

    private void createSchema() throws IOException, InterruptedException {
        dropSchema();
        psql(List.of("-c", "create schema " + SCHEMA));
        List<String> args = new ArrayList<>();
        for (Path migration : migrations()) {
            args.add("-f");
            args.add(migration.toString());
        }
        psql(args);
    }

    private void dropSchema() throws IOException, InterruptedException {
        psql(List.of("-c", "drop schema if exists " + SCHEMA + " cascade"));
    }

    private void psql(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", db.host(),
                "-p", Integer.toString(db.port()), "-U", db.user(), "-d", db.database()));
        command.addAll(args);
        exec(command, 60);
    }

    private String exec(List<String> command, double timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", db.password());
        builder.environment().put("PGOPTIONS", "-c search_path=" + SCHEMA + " -c client_min_messages=warning");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor((long) timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish within " + timeoutSeconds + " s");
        }
        String out = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed (exit " + process.exitValue() + "): " + out.strip());
        }
        return out;
    }

    /**
     * One pgbench transaction: the statements hotline-service's TipService.record sends, in its order. Text that may hold
     * a colon (JSON, timestamps, descriptions) travels as a bound parameter defined with {@code -D}, as JDBC sends it,
     * so PostgreSQL parses the jsonb on every execution like it does for the service; the map holds those definitions.
     */
    static String script(int n, Map<String, Object> tip, Map<String, String> defines) {
        @SuppressWarnings("unchecked")
        Map<String, Object> location = (Map<String, Object>) tip.get("location");
        @SuppressWarnings("unchecked")
        Map<String, Object> reporter = (Map<String, Object>) tip.get("reporter");
        boolean anonymous = Boolean.TRUE.equals(reporter.get("anonymous"));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("tipId", UUID.randomUUID().toString());
        event.put("reference", "HUE-2026-000123");
        event.put("receivingAgency", "vn.hue");
        event.put("channel", tip.get("channel"));
        event.put("category", tip.get("category"));
        event.put("occurredAt", tip.get("occurredAt"));
        event.put("location", location);
        event.put("description", tip.get("description"));
        event.put("language", tip.get("language"));
        event.put("entities", tip.get("entities"));
        event.put("receivedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        defines.put("bench_occurred_" + n, tip.get("occurredAt").toString());
        defines.put("bench_description_" + n, tip.get("description").toString());
        defines.put("bench_entities_" + n, TipBodies.json(tip.get("entities")));
        defines.put("bench_payload_" + n, TipBodies.json(event));
        String tipId = "md5('tip' || :bench_r1::text || '-' || :bench_r2::text)::uuid";
        return String.join("\n",
                "\\set bench_r1 random(1, 9000000000000000000)",
                "\\set bench_r2 random(1, 9000000000000000000)",
                // as TipService.record: one transaction, the reference from the year's sequence, then the tip's rows
                "BEGIN;",
                "SELECT next_tip_number('HUE', 2026) AS bench_seq \\gset",
                "INSERT INTO tip (id, reference, receiving_agency, channel, category, occurred_at, province_code, district, "
                        + "border_point, latitude, longitude, description, language, entities, anonymous_reporter, status, "
                        + "received_at, received_by, version) VALUES (" + tipId + ", 'HUE-2026-' || :bench_seq::text, 'vn.hue', "
                        + literal(tip.get("channel")) + ", " + literal(tip.get("category")) + ", "
                        + ":bench_occurred_" + n + "::timestamptz, " + literal(location.get("provinceCode")) + ", "
                        + literal(location.get("district")) + ", " + literal(location.get("borderPoint")) + ", "
                        + number(location.get("latitude")) + ", " + number(location.get("longitude")) + ", "
                        + ":bench_description_" + n + ", " + literal(tip.get("language")) + ", :bench_entities_" + n
                        + "::jsonb, " + anonymous + ", 'RECEIVED', now(), 'duty-officer@vn.hue', 0);",
                "INSERT INTO reporter (tip_id, anonymous, name, phone, email, address, receipt_code_hash) VALUES (" + tipId + ", "
                        + anonymous + ", " + literal(anonymous ? null : reporter.get("name")) + ", "
                        + literal(anonymous ? null : reporter.get("phone")) + ", NULL, NULL, "
                        + (anonymous ? "md5('r' || :bench_r1::text || '-' || :bench_r2::text) || md5('s' || :bench_r2::text)" : "NULL") + ");",
                "INSERT INTO outbox_event (id, topic, aggregate_id, type, payload, occurred_at) VALUES ("
                        + "md5('event' || :bench_r1::text || '-' || :bench_r2::text)::uuid, 'hotline.tips.v1', " + tipId + "::text, "
                        + "'hotline.tip.received', :bench_payload_" + n + "::jsonb, now());",
                "COMMIT;",
                "");
    }

    private static String literal(Object value) {
        return value == null ? "NULL" : "'" + value.toString().replace("'", "''") + "'";
    }

    private static String number(Object value) {
        return value == null ? "NULL" : value.toString();
    }

    private static double number(String text, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IOException("pgbench printed no '" + regex + "': " + text.strip());
        }
        return Double.parseDouble(m.group(1));
    }

    private static double numberOr(String text, String regex, double otherwise) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : otherwise;
    }
}
