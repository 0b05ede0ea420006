package vnla.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook endpoint on an ephemeral local port: it verifies every call with the Standard Webhooks library
 * (answering 401 when the signature does not match), answers what the test scripts per call number, and remembers
 * every call.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One answer: status and optional Retry-After. */
    public record Reply(int status, String retryAfter) {

        public static Reply of(int status) {
            return new Reply(status, null);
        }
    }

    /**
     * A call as received: headers (lower-case), body, whether the signature verified, what was answered, and when it
     * arrived ({@link System#nanoTime()}, for latency measurements).
     */
    public record Call(Map<String, List<String>> headers, String body, boolean verified, int answered, long arrivedNanos) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The alert id in the Standard Webhooks payload's data. */
        public String alertId() {
            return json().path("data").path("alertId").asText();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger callCount = new AtomicInteger();
    /** When each call arrived (System.nanoTime), whatever its answer. */
    private final List<Long> arrivedAt = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile IntFunction<Reply> script = n -> Reply.of(204);
    private volatile String secret;
    private volatile boolean holdCalls;
    private volatile Consumer<Call> listener = call -> { };

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/alerts";
    }

    /** The whsec_ secret the subscription answer showed: from now on, calls are verified with it. */
    public WebhookReceiver trust(String secret) {
        this.secret = secret;
        return this;
    }

    /** What to answer to the n-th call (1-based). */
    public WebhookReceiver answering(IntFunction<Reply> script) {
        this.script = script;
        return this;
    }

    /** Keeps every call waiting without an answer until {@link #release()}: a slow endpoint. */
    public WebhookReceiver holdingCalls() {
        this.holdCalls = true;
        return this;
    }

    /** Also hands every call to {@code listener} as it is answered, e.g. to record its arrival time. */
    public WebhookReceiver onEachCall(Consumer<Call> listener) {
        this.listener = listener;
        return this;
    }

    public void release() {
        released.countDown();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Calls that arrived, answered or not yet. */
    public int arrivals() {
        return arrivedAt.size();
    }

    /**
     * Calls that arrived less than {@code window} after the first: with calls held and {@code window} the sender's
     * timeout, none of them can have ended at the sender yet, so this is how many it had in flight at once.
     */
    public int arrivalsWithin(Duration window) {
        if (arrivedAt.isEmpty()) {
            return 0;
        }
        long first = arrivedAt.stream().mapToLong(Long::longValue).min().getAsLong();
        return (int) arrivedAt.stream().filter(t -> t - first < window.toNanos()).count();
    }

    /** Keeps listening for {@code quiet}, then returns every answered call about the alert. */
    public List<Call> drainFor(String alertId, Duration quiet) {
        Awaitility.await().pollDelay(quiet).atMost(quiet.plusSeconds(5)).until(() -> true);
        return callsFor(alertId);
    }

    public List<Call> callsFor(String alertId) {
        return calls.stream().filter(c -> alertId.equals(c.alertId())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
            boolean verified = verify(body, headers);
            arrivedAt.add(arrived);
            if (holdCalls) {
                released.await(30, TimeUnit.SECONDS);
            }
            Reply reply = verified ? script.apply(callCount.incrementAndGet()) : Reply.of(401);
            Call call = new Call(headers, body, verified, reply.status(), arrived);
            calls.add(call);
            if (reply.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", reply.retryAfter());
            }
            exchange.sendResponseHeaders(reply.status(), -1);
            listener.accept(call);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean verify(String body, Map<String, List<String>> headers) {
        try {
            new Webhook(secret).verify(body, headers);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
