package vnla.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time each part of the suite used while a phase ran, from the operating system's own accounting
 * ({@link ProcessHandle.Info#totalCpuDuration()}): the services' instances (pids in .suite/), the Kafka broker, every
 * PostgreSQL process and the benchmark itself. Divided by the tips it carried, that is where the cores go.
 */
final class CpuUse {

    static final List<String> PARTS = List.of("hotline-service", "case-service", "notification-service", "PostgreSQL", "Kafka",
            "benchmark");

    private final Path state;

    CpuUse(Path root) {
        this.state = root.resolve(".suite");
    }

    /** CPU seconds used so far by each part's processes alive now. */
    Map<String, Double> now() {
        Map<String, Double> used = new LinkedHashMap<>();
        for (String service : PARTS.subList(0, 3)) {
            double seconds = 0;
            for (String instance : List.of(service, service + "-2")) {
                seconds += pid(instance + ".pid").flatMap(ProcessHandle::of).map(CpuUse::seconds).orElse(0.0);
            }
            used.put(service, seconds);
        }
        used.put("PostgreSQL", ProcessHandle.allProcesses().filter(p -> p.info().user().filter("postgres"::equals).isPresent())
                .mapToDouble(CpuUse::seconds).sum());
        used.put("Kafka", pid("kafka.pid").flatMap(ProcessHandle::of).map(CpuUse::seconds).orElse(0.0));
        used.put("benchmark", seconds(ProcessHandle.current()));
        return used;
    }

    /** Milliseconds of CPU per tip for each part between two readings, and in all. */
    static Map<String, Double> perTip(Map<String, Double> before, Map<String, Double> after, long tips) {
        Map<String, Double> perTip = new LinkedHashMap<>();
        double total = 0;
        for (String part : PARTS) {
            double ms = Math.max(0, after.getOrDefault(part, 0.0) - before.getOrDefault(part, 0.0)) * 1000 / Math.max(1, tips);
            perTip.put(part, ms);
            total += ms;
        }
        perTip.put("all", total);
        return perTip;
    }

    /** One line for a progress message: "hotline-service 9.1, …, all 71.0". */
    static String summary(Map<String, Double> perTip) {
        StringBuilder line = new StringBuilder();
        perTip.forEach((part, ms) -> line.append(line.length() == 0 ? "" : ", ").append(part).append(' ')
                .append(String.format(java.util.Locale.ROOT, "%.1f", ms)));
        return line.toString();
    }

    private Optional<Long> pid(String file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(state.resolve(file)).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static double seconds(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
    }
}
