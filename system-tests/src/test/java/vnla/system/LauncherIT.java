package vnla.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vnla.testing.TestStack;
import vnla.testing.SuiteServices;
import vnla.testing.Tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./suite run} hands the settings it names to the JVM it launches (once, a comment inside the continued command
 * silently dropped them all, and the services ran on application.properties' defaults). The suite's own launcher
 * starts hotline-service from a list of services naming ports no default has: the prod profile refuses to start without
 * the database password, the JWT key, issuer and audience, so an instance that is ready on those ports and accepts a
 * dev token got every one of them. It starts the jar already built ({@code --no-build}) and uses the suite's own state
 * (.suite/), so it must not run beside a {@code ./suite run} of the same checkout.
 */
class LauncherIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Ports no setting of the service and no other test uses: stack/services' + this (8081 → 28981). */
    private static final int LAUNCHER_PORTS = 20_900;

    @Test
    void suiteRunStartsTheServiceOnTheListsPortsWithTheSettingsItNames() throws Exception {
        SuiteServices.Service hotline = SuiteServices.named(Suite.ROOT, "hotline-service");
        int port = hotline.port() + LAUNCHER_PORTS;
        int management = hotline.managementPort() + LAUNCHER_PORTS;
        Path list = Files.createTempFile("suite-services", "");
        Files.writeString(list, "hotline-service " + port + " " + management + " " + hotline.database() + "\n");
        Path pid = Suite.ROOT.resolve(".suite/hotline-service.pid");
        try {
            ProcessBuilder run = new ProcessBuilder(Suite.ROOT.resolve("suite").toString(), "run", "--no-build")
                    .directory(Suite.ROOT.toFile()).inheritIO();
            run.environment().put("SUITE_SERVICES_FILE", list.toString());
            // the system tests' own broker, not one of ./suite's (which no test starts or stops)
            run.environment().put("SUITE_KAFKA_EXTERNAL", "1");
            run.environment().put("SUITE_KAFKA_PORT", TestStack.kafka().bootstrap().substring("127.0.0.1:".length()));
            Process launcher = run.start();
            assertTrue(launcher.waitFor(3, TimeUnit.MINUTES), "./suite run returned within 3 minutes");
            assertEquals(0, launcher.exitValue(), "./suite run --no-build with one service on other ports");

            assertEquals(200, get("http://127.0.0.1:" + management + "/q/health/ready", null), "ready on the list's management port");
            assertEquals(200, get("http://127.0.0.1:" + port + "/api/v1/tips?size=1", Tokens.forRole("analyst", "vn.hue")),
                    "the list's API port, trusting the dev key, issuer and audience the launcher named");
        } finally {
            stop(pid);
            Files.deleteIfExists(list);
        }
    }

    private static int get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Stops the instance the launcher started (SIGTERM, then SIGKILL after 30 s), and forgets its pid file. */
    private static void stop(Path pid) throws IOException, InterruptedException {
        if (!Files.exists(pid)) {
            return;
        }
        var process = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()));
        if (process.isPresent()) {
            process.get().destroy();
            try {
                process.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pid);
    }
}
