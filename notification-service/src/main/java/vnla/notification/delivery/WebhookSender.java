package vnla.notification.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * One signed HTTP POST per the Standard Webhooks spec: {@code webhook-id}, {@code webhook-timestamp} and
 * {@code webhook-signature} ({@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body} with the decoded secret).
 */
@ApplicationScoped
public class WebhookSender {

    static final String USER_AGENT = "vnla-notification-service/1";

    private final DeliveryConfig config;
    private final HttpClient client;

    public WebhookSender(DeliveryConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What came back: a status code and Retry-After, or the error that prevented an answer. */
    public record Answer(Integer statusCode, String retryAfter, long latencyMs, String error) {

        boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /**
     * Sends and waits at most the configured timeout; never throws. With several secrets (during a rotation's grace
     * period) the signatures are space-separated, as the spec allows.
     */
    public Answer send(String url, List<String> secrets, String webhookId, String payload) {
        long started = System.nanoTime();
        try {
            long timestamp = Instant.now().getEpochSecond();
            StringJoiner signature = new StringJoiner(" ");
            for (String secret : secrets) {
                signature.add(new Webhook(secret).sign(webhookId, timestamp, payload));
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(config.timeout())
                    .header("content-type", "application/json")
                    .header("user-agent", USER_AGENT)
                    .header("webhook-id", webhookId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature.toString())
                    .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(), response.headers().firstValue("retry-after").orElse(null), elapsed(started), null);
        } catch (HttpTimeoutException e) {
            return new Answer(null, null, elapsed(started), "timed out after " + config.timeout().toMillis() + " ms");
        } catch (IOException | RuntimeException | WebhookSigningException | EmptyWebhookSecretException e) {
            return new Answer(null, null, elapsed(started), describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, null, elapsed(started), "interrupted while sending");
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
