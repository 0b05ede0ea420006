package vnla.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook endpoint on loopback: checks the Standard Webhooks signature ({@code v1,} + base64
 * HMAC-SHA256 of {@code id.timestamp.body} under the decoded {@code whsec_} secret), answers 204 to a good one and
 * 401 to a bad one, and reports each verified alert's tip id with its arrival time (System.nanoTime).
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final BiConsumer<String, Long> onAlert;
    private final AtomicLong badSignatures = new AtomicLong();
    private volatile byte[] key;

    public WebhookReceiver(BiConsumer<String, Long> onAlert) throws IOException {
        this.onAlert = onAlert;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.createContext("/hook", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The subscription's secret, as notification-service answered it ({@code whsec_} + base64). */
    public void secret(String whsec) {
        this.key = Base64.getDecoder().decode(whsec.startsWith("whsec_") ? whsec.substring("whsec_".length()) : whsec);
    }

    public long badSignatures() {
        return badSignatures.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
            if (!verifies(id, timestamp, body, signatures)) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            exchange.sendResponseHeaders(204, -1);
            JsonNode tipId = JSON.readTree(body).path("data").path("references").path("tipId");
            if (tipId.isTextual()) {
                onAlert.accept(tipId.asText(), arrived);
            }
        }
    }

    boolean verifies(String id, String timestamp, byte[] body, String signatures) {
        byte[] secret = key;
        if (secret == null || id == null || timestamp == null || signatures == null) {
            return false;
        }
        byte[] expected = sign(secret, id, timestamp, body);
        for (String candidate : signatures.split(" ")) {
            if (candidate.startsWith("v1,")) {
                byte[] given;
                try {
                    given = Base64.getDecoder().decode(candidate.substring(3));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (MessageDigest.isEqual(expected, given)) {
                    return true;
                }
            }
        }
        return false;
    }

    static byte[] sign(byte[] secret, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
