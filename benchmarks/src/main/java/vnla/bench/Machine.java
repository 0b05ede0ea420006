package vnla.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The machine the numbers come from: cores, memory, JDK, load, PostgreSQL and Kafka versions. */
final class Machine {

    private Machine() {
    }

    static void describe(Markdown md, Options o) {
        md.line("## Machine").line("");
        md.table(List.of("what", "value"), List.of(
                List.of("CPU", cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores available to the JVM"),
                List.of("memory", memTotal()),
                List.of("JDK (benchmark client)", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")),
                List.of("OS", System.getProperty("os.name") + " " + System.getProperty("os.version")),
                List.of("load average at start", read("/proc/loadavg").split(" ").length >= 3
                        ? String.join(" ", List.of(read("/proc/loadavg").split(" ")).subList(0, 3)) : "?"),
                List.of("Kafka", kafkaVersion(o.root())),
                List.of("settings", String.format(java.util.Locale.ROOT,
                        "%d connections / pgbench clients, %.0f s per rate after %.0f s warm-up, %d run(s)",
                        o.connections(), o.rateSeconds(), o.warmupSeconds(), o.runs()))));
    }

    private static String cpu() {
        Matcher m = Pattern.compile("model name\\s*:\\s*(.+)").matcher(read("/proc/cpuinfo"));
        return m.find() ? m.group(1).strip() : System.getProperty("os.arch");
    }

    private static String memTotal() {
        Matcher m = Pattern.compile("MemTotal:\\s+([0-9]+) kB").matcher(read("/proc/meminfo"));
        return m.find() ? String.format(java.util.Locale.ROOT, "%.1f GiB", Long.parseLong(m.group(1)) / 1024.0 / 1024.0) : "?";
    }

    private static String kafkaVersion(Path root) {
        try (Stream<Path> libs = Files.list(root.resolve(".suite/kafka/libs"))) {
            return libs.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("kafka_2.13-") && n.endsWith(".jar"))
                    .map(n -> n.substring("kafka_2.13-".length(), n.length() - 4)).findFirst().orElse("?") + " (KRaft, one node)";
        } catch (IOException e) {
            return "?";
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
