package vnla.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A packaged service started in the prod profile without the issuer's keys refuses to start and says why. */
class ProductionStartIT {

    @Test
    void prodStartWithoutKeysRefuses() throws IOException {
        ServiceProcess hotline = new ServiceProcess(Suite.ROOT, "hotline-service", freePort(), "hotline")
                .with("quarkus.management.port", "0")
                // the check comes before any migration would matter; nothing touches the database
                .with("quarkus.flyway.migrate-at-start", "false")
                .without("mp.jwt.verify.publickey.location");

        ServiceProcess.Exit exit = hotline.startExpectingExit("hotline-service-without-keys", Duration.ofSeconds(90));

        assertNotEquals(0, exit.status(), "exit status");
        assertTrue(exit.output().contains("Refusing to start: JWT_PUBLIC_KEYS not set"), exit.output());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
