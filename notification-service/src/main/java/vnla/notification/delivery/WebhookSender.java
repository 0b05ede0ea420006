package vnla.notification.delivery;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.standardwebhooks.Webhook;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;
import vnla.common.trace.TraceContext;
import vnla.notification.webhook.WebhookTargets;

/**
 * One signed HTTP POST per the Standard Webhooks spec: {@code webhook-id}, {@code webhook-timestamp} and
 * {@code webhook-signature} ({@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body} with the decoded secret). The
 * host is resolved and checked once per attempt and the connection goes to that checked address (Vert.x
 * {@code RequestOptions.setServer}), the name kept for the Host header, TLS SNI and certificate check. One deadline
 * covers resolving, connecting, the headers and the whole body of the answer.
 */
@ApplicationScoped
public class WebhookSender {

    static final String USER_AGENT = "vnla-notification-service/1";
    /** Most of an answer's body read (and discarded); beyond it the connection is dropped. */
    static final long MAX_ANSWER_BYTES = 64 * 1024;

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final DeliveryConfig config;
    private final WebhookTargets targets;
    private final Vertx vertx;
    private final HttpClient client;
    private final Tracer tracer;

    public WebhookSender(DeliveryConfig config, WebhookTargets targets, Vertx vertx, Tracer tracer) {
        this.config = config;
        this.targets = targets;
        this.vertx = vertx;
        this.tracer = tracer;
        // the traceparent is the alert's, set below; Vert.x's own tracing would take the sending thread's instead
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setTracingPolicy(TracingPolicy.IGNORE)
                .setConnectTimeout((int) config.timeout().toMillis())
                .setMaxPoolSize(config.concurrency())
                .setVerifyHost(true)
                .setForceSni(true));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** What came back: a status code and Retry-After, or the error that prevented an answer, in words a partner may read. */
    public record Answer(Integer statusCode, String retryAfter, long latencyMs, String error) {

        boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /**
     * Sends and returns within the configured deadline; never throws. With several secrets (during a rotation's grace
     * period) the signatures are space-separated, as the spec allows.
     */
    public Answer send(String url, List<String> secrets, String webhookId, String payload, String traceparent) {
        long started = System.nanoTime();
        long deadline = config.timeout().toMillis();
        if (secrets.isEmpty()) {
            return failed(started, "signing secret unavailable");
        }
        try {
            WebhookTargets.Target target = targets.pin(url);
            long left = deadline - elapsed(started);
            if (left <= 0) {
                return failed(started, "timed out");
            }
            long timestamp = Instant.now().getEpochSecond();
            StringJoiner signature = new StringJoiner(" ");
            for (String secret : secrets) {
                signature.add(new Webhook(secret).sign(webhookId, timestamp, payload));
            }
            RequestOptions request = new RequestOptions()
                    .setMethod(HttpMethod.POST)
                    .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                    .setHost(target.host())
                    .setPort(target.port())
                    .setSsl(target.tls())
                    .setURI(target.pathAndQuery())
                    .setFollowRedirects(false)
                    .setConnectTimeout(left)
                    .putHeader("content-type", "application/json")
                    .putHeader("user-agent", USER_AGENT)
                    .putHeader("webhook-id", webhookId)
                    .putHeader("webhook-timestamp", Long.toString(timestamp))
                    .putHeader("webhook-signature", signature.toString());
            // the call is a span of the alert's trace (the tip's, from its POST); the partner sees it as traceparent
            Span call = tracer.spanBuilder("POST webhook").setSpanKind(SpanKind.CLIENT).setParent(TraceContext.parse(traceparent))
                    .setAttribute("webhook.id", webhookId).startSpan();
            try {
                String sent = TraceContext.of(Context.root().with(call));
                if (sent != null) {
                    request.putHeader(TraceContext.HEADER, sent);
                }
                Answer answer = exchange(request, payload, left, started);
                if (answer.statusCode() != null) {
                    call.setAttribute("http.response.status_code", answer.statusCode());
                }
                return answer;
            } finally {
                call.end();
            }
        } catch (WebhookTargets.Refused e) {
            LOG.warnf("Webhook %s refused before connecting: %s", webhookId, e.getMessage());
            return failed(started, "address not allowed");
        } catch (UnknownHostException e) {
            return failed(started, "host not found");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(started, "interrupted while sending");
        } catch (Exception e) {
            LOG.warnf("Webhook %s could not be signed or sent: %s", webhookId, e.toString());
            return failed(started, "could not send");
        }
    }

    /** The call itself, on Vert.x; the deadline timer resets the request (closing its connection) whatever stage it is at. */
    private Answer exchange(RequestOptions options, String payload, long left, long started) throws InterruptedException {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> inFlight = new AtomicReference<>();
        long timer = vertx.setTimer(left, id -> {
            if (answer.complete(failed(started, "timed out"))) {
                HttpClientRequest request = inFlight.get();
                if (request != null) {
                    request.reset();
                }
            }
        });
        client.request(options).onFailure(e -> answer.complete(failed(started, describe(e)))).onSuccess(request -> {
            inFlight.set(request);
            if (answer.isDone()) {
                request.reset();
                return;
            }
            request.send(Buffer.buffer(payload)).onFailure(e -> answer.complete(failed(started, describe(e)))).onSuccess(response -> {
                AtomicLong read = new AtomicLong();
                response.handler(chunk -> {
                    if (read.addAndGet(chunk.length()) > MAX_ANSWER_BYTES) {
                        request.reset();
                    }
                });
                response.exceptionHandler(e -> answer.complete(failed(started, describe(e))));
                response.endHandler(end -> answer.complete(new Answer(response.statusCode(), response.getHeader("retry-after"),
                        elapsed(started), null)));
            });
        });
        try {
            // the timer completes it at the deadline; the margin only guards against a stalled event loop
            return answer.get(left + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            HttpClientRequest request = inFlight.get();
            if (request != null) {
                request.reset();
            }
            return failed(started, "timed out");
        } finally {
            vertx.cancelTimer(timer);
        }
    }

    private static Answer failed(long started, String error) {
        return new Answer(null, null, elapsed(started), error);
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** A partner sees the kind of failure only, never exception text about our side. */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof SSLException || name.contains("Ssl") || name.contains("SSL")) {
                return "TLS error";
            }
            if (name.endsWith("ConnectTimeoutException") || t instanceof java.util.concurrent.TimeoutException) {
                return "timed out";
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "host not found";
            }
        }
        return "connection failed";
    }
}
