package vnla.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * JDK Flight Recorder on a running service ({@code jcmd <pid> JFR.start}), then {@code jfr print --events
 * jdk.ExecutionSample}: the hottest methods by own samples, and the share of samples spent under each library.
 */
final class Profiler {

    /** Libraries a stack is attributed to when one of its frames starts with a prefix (inclusive; a sample may count twice). */
    static final Map<String, List<String>> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("JSON (Jackson)", List.of("com.fasterxml.jackson"));
        AREAS.put("Bean Validation", List.of("org.hibernate.validator"));
        AREAS.put("JWT verification", List.of("io.smallrye.jwt", "org.jose4j", "io.quarkus.smallrye.jwt"));
        AREAS.put("Hibernate ORM", List.of("org.hibernate.", "io.quarkus.hibernate"));
        AREAS.put("PostgreSQL JDBC", List.of("org.postgresql"));
        AREAS.put("connection pool (Agroal)", List.of("io.agroal"));
        AREAS.put("transactions (Narayana)", List.of("com.arjuna", "io.quarkus.narayana"));
        AREAS.put("Kafka client (outbox relay)", List.of("org.apache.kafka"));
        AREAS.put("HTTP (Vert.x, Netty)", List.of("io.vertx", "io.netty"));
        AREAS.put("REST (RESTEasy Reactive)", List.of("org.jboss.resteasy"));
        AREAS.put("crypto (java.security, sun.security)", List.of("sun.security", "java.security", "javax.crypto", "com.sun.crypto"));
        AREAS.put("logging", List.of("org.jboss.logmanager", "org.jboss.logging"));
    }

    /** What the samples say. */
    record Profile(Path file, long samples, List<Map.Entry<String, Long>> topMethods, Map<String, Long> areas) {
    }

    private Profiler() {
    }

    static boolean available() {
        return PgbenchCeiling.onPath("jcmd") && PgbenchCeiling.onPath("jfr");
    }

    /** Starts a recording of {@code seconds} on {@code pid}; the file is complete once {@link #analyse} is called after it. */
    static void start(long pid, double seconds, Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        run(List.of("jcmd", Long.toString(pid), "JFR.start", "name=bench", "settings=profile",
                "duration=" + Math.max(1, Math.round(seconds)) + "s", "filename=" + file.toAbsolutePath()));
    }

    static Profile analyse(Path file) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        Process process = new ProcessBuilder("jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "128",
                file.toString()).redirectErrorStream(true).start();
        Map<String, Long> top = new HashMap<>();
        Map<String, Long> areas = new LinkedHashMap<>();
        AREAS.keySet().forEach(a -> areas.put(a, 0L));
        long samples = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> stack = null;
            String line;
            while ((line = in.readLine()) != null) {
                String t = line.strip();
                if (t.startsWith("stackTrace = [")) {
                    stack = new ArrayList<>();
                } else if (stack != null && t.equals("]")) {
                    samples++;
                    if (!stack.isEmpty()) {
                        top.merge(stack.get(0), 1L, Long::sum);
                    }
                    for (Map.Entry<String, List<String>> area : AREAS.entrySet()) {
                        if (stack.stream().anyMatch(frame -> area.getValue().stream().anyMatch(frame::startsWith))) {
                            areas.merge(area.getKey(), 1L, Long::sum);
                        }
                    }
                    stack = null;
                } else if (stack != null && !t.equals("...")) {
                    int cut = t.indexOf(" line:");
                    stack.add(cut > 0 ? t.substring(0, cut) : t);
                }
            }
        }
        process.waitFor(60, TimeUnit.SECONDS);
        List<Map.Entry<String, Long>> hottest = top.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15).toList();
        return new Profile(file, samples, hottest, areas);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out.strip());
        }
    }
}
