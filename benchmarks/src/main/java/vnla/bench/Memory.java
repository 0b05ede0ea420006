package vnla.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/** RSS of each service before the load (idle) and its peak while the benchmark runs, sampled every 250 ms. */
final class Memory {

    /** One service's figures; null where it was not running. */
    record Service(String name, Long pid, Double idleMb, Double peakMb, Double startupSeconds) {
    }

    private final ServiceStats stats;
    private final List<String> names;
    private final Map<String, Double> idle = new LinkedHashMap<>();
    private final Map<String, Double> peak = new ConcurrentHashMap<>();
    private volatile boolean sampling;
    private Thread sampler;

    Memory(ServiceStats stats, List<String> names) {
        this.stats = stats;
        this.names = names;
    }

    void idle() {
        for (String name : names) {
            stats.rssMb(name).ifPresent(mb -> idle.put(name, mb));
        }
    }

    void startSampling() {
        sampling = true;
        sampler = new Thread(() -> {
            while (sampling) {
                for (String name : names) {
                    stats.rssMb(name).ifPresent(mb -> peak.merge(name, mb, Math::max));
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-rss");
        sampler.setDaemon(true);
        sampler.start();
    }

    void stopSampling() throws InterruptedException {
        sampling = false;
        sampler.join(2_000);
    }

    Map<String, Service> services() {
        Map<String, Service> services = new LinkedHashMap<>();
        for (String name : names) {
            OptionalDouble startup = stats.startupSeconds(name);
            services.put(name, new Service(name, stats.pid(name).stream().boxed().findFirst().orElse(null), idle.get(name),
                    peak.get(name), stats.pid(name).isPresent() && startup.isPresent() ? startup.getAsDouble() : null));
        }
        return services;
    }

    void write(Markdown md) {
        md.line("## Memory and start-up").line("");
        md.line("RSS from `/proc/<pid>/status` (VmRSS) of the processes in `.suite/<service>.pid`; idle = before this run's load, "
                + "peak = highest sample (every 250 ms) during it. Start-up = Quarkus's own \"started in\" line of "
                + "`.suite/logs/<service>.log`. The services run with `-Xmx256m` (./suite run).").line("");
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Service s : services().values()) {
            rows.add(List.of(s.name(), s.pid() == null ? "not running" : s.pid().toString(), mb(s.idleMb()), mb(s.peakMb()),
                    s.startupSeconds() == null ? "–" : String.format(Locale.ROOT, "%.2f s", s.startupSeconds())));
        }
        md.table(List.of("service", "pid", "RSS idle", "RSS peak under load", "start-up"), rows);
    }

    static String mb(Double mb) {
        return mb == null ? "–" : String.format(Locale.ROOT, "%.0f MB", mb);
    }
}
