package vnla.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Is a port open, is a service ready. */
final class Probe {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private Probe() {
    }

    /** {@code host:port} accepts a TCP connection within a second. */
    static boolean tcp(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1))), 1000);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Where the management interface listens, relative to the API port (as ./suite and the system tests: 8081 → 9081). */
    static final int MANAGEMENT_PORT_OFFSET = 1000;

    /** The Quarkus service whose API is at {@code baseUrl} answers 200 on {@code /q/health/ready} of its management port. */
    static boolean ready(String baseUrl) {
        try {
            HttpResponse<Void> response = CLIENT.send(HttpRequest.newBuilder(URI.create(managementUrl(baseUrl) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code http://127.0.0.1:8081} → {@code http://127.0.0.1:9081}. */
    static String managementUrl(String baseUrl) {
        URI api = URI.create(baseUrl);
        return api.getScheme() + "://" + api.getHost() + ":" + (api.getPort() + MANAGEMENT_PORT_OFFSET);
    }
}
