package vnla.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A running service as ./suite started it: its pid (.suite/&lt;service&gt;.pid), RSS from /proc, start-up time from its log. */
public final class ServiceStats {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9]+[.,][0-9]+)s");
    private static final Pattern VM_RSS = Pattern.compile("VmRSS:\\s+([0-9]+) kB");

    private final Path state;

    public ServiceStats(Path root) {
        this.state = root.resolve(".suite");
    }

    /** The pid in .suite/&lt;service&gt;.pid if that process is alive. */
    public OptionalLong pid(String service) {
        try {
            long pid = Long.parseLong(Files.readString(state.resolve(service + ".pid")).strip());
            return Files.exists(Path.of("/proc", Long.toString(pid))) ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Resident set size in MB, from /proc/&lt;pid&gt;/status VmRSS. */
    public OptionalDouble rssMb(String service) {
        OptionalLong pid = pid(service);
        if (pid.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            Matcher m = VM_RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid.getAsLong()), "status")));
            return m.find() ? OptionalDouble.of(Long.parseLong(m.group(1)) / 1024.0) : OptionalDouble.empty();
        } catch (IOException e) {
            return OptionalDouble.empty();
        }
    }

    /** Seconds from Quarkus's own "started in X s" line of .suite/logs/&lt;service&gt;.log (the last start). */
    public OptionalDouble startupSeconds(String service) {
        try {
            Matcher m = STARTED.matcher(Files.readString(state.resolve("logs").resolve(service + ".log")));
            Double last = null;
            while (m.find()) {
                last = Double.parseDouble(m.group(1).replace(',', '.'));
            }
            return last == null ? OptionalDouble.empty() : OptionalDouble.of(last);
        } catch (IOException e) {
            return OptionalDouble.empty();
        }
    }
}
