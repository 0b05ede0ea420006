package vnla.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code stack/services}: the suite's services, their ports and databases, as ./suite reads them. */
public final class SuiteServices {

    /** One line of the list. */
    public record Service(String name, int port, int managementPort, String database) {
    }

    private SuiteServices() {
    }

    /** Every service of the list under the repository root {@code root}, in its order. */
    public static List<Service> read(Path root) {
        try {
            return Files.readAllLines(root.resolve("stack/services")).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+"))
                    .map(f -> new Service(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read stack/services under " + root, e);
        }
    }

    /** The named service's line. */
    public static Service named(Path root, String name) {
        return read(root).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " is not in stack/services"));
    }
}
