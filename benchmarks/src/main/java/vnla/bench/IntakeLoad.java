package vnla.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * Intake load: {@code POST /api/v1/tips} at a fixed offered rate, open model, over at most {@code connections}
 * HTTP/1.1 connections. A request that finds every connection busy waits in a backlog; its latency still counts
 * from its intended send time. With {@code connections} 0 every request leaves on time on a connection of its own if
 * need be (no backlog in the client): the service sees the whole offered load, as in a crowd of callers.
 */
public final class IntakeLoad implements AutoCloseable {

    /**
     * One offered rate's outcome. {@code errors} is every answer but a 201 (and every failure to get one); of them
     * {@code refused} are 503s with Retry-After, {@code serverErrors} any other 5xx. {@code latency} is of the 201s,
     * {@code refusedLatency} of the 503s.
     */
    public record Result(double offered, double seconds, long scheduled, long ok, long errors, double achieved,
            Latency latency, int peakBacklog, Map<String, Long> errorKinds, long refused, long serverErrors,
            Latency refusedLatency) {

        public double errorRate() {
            return scheduled == 0 ? 0 : (double) errors / scheduled;
        }
    }

    private final List<URI> tips;
    private final AtomicLong sent = new AtomicLong();
    private final String token;
    private final int connections;
    private final Duration timeout;
    private final TipBodies bodies;
    private final ExecutorService executor;
    private final HttpClient client;

    /** Sends to each of {@code baseUrls} in turn (one instance, or the instances behind a load balancer). */
    public IntakeLoad(List<String> baseUrls, String token, int connections, Duration timeout, long seed) {
        this.tips = baseUrls.stream().map(url -> URI.create(url + "/api/v1/tips")).toList();
        this.token = token;
        this.connections = connections;
        this.timeout = timeout;
        this.bodies = new TipBodies(seed);
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "intake-client");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Offers {@code rate} tips per second for {@code seconds}, then waits for every answer (or its timeout). */
    public Result run(double rate, double seconds) throws InterruptedException {
        Run run = new Run();
        long start = System.nanoTime();
        long scheduled = OpenLoop.run(rate, seconds, run::offer);
        run.awaitAll(scheduled, timeout.multipliedBy(3));
        run.stopped = true;
        run.backlog.clear();
        long unanswered = scheduled - run.done.get();
        if (unanswered > 0) {
            run.errorKinds.merge("unanswered after the run", unanswered, Long::sum);
        }
        double elapsed = (run.lastCompletion.get() - start) / 1e9;
        double achieved = elapsed <= 0 ? 0 : run.ok.get() / elapsed;
        return new Result(rate, seconds, scheduled, run.ok.get(), run.errors.get() + unanswered, achieved,
                Latency.of(run.histogram), run.peakBacklog, new TreeMap<>(run.errorKinds), run.refused.get(),
                run.serverErrors.get(), Latency.of(run.refusedHistogram));
    }

    /** The state of one offered rate: the connection permits, the backlog, the histogram and the counters. */
    private final class Run {
        final Semaphore permits = new Semaphore(connections > 0 ? connections : Integer.MAX_VALUE);
        final ConcurrentLinkedQueue<Long> backlog = new ConcurrentLinkedQueue<>();
        final Histogram histogram = Latency.newHistogram();
        final Histogram refusedHistogram = Latency.newHistogram();
        final AtomicLong ok = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong serverErrors = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong done = new AtomicLong();
        final AtomicLong lastCompletion = new AtomicLong(System.nanoTime());
        final Map<String, Long> errorKinds = new java.util.concurrent.ConcurrentHashMap<>();
        volatile int peakBacklog;
        volatile boolean stopped;

        void offer(long intended) {
            backlog.add(intended);
            int size = backlog.size();
            if (size > peakBacklog) {
                peakBacklog = size;
            }
            drain();
        }

        /** Sends backlog entries while connections are free; called on every offer and every completion. */
        void drain() {
            while (!stopped && !backlog.isEmpty() && permits.tryAcquire()) {
                Long intended = backlog.poll();
                if (intended == null) {
                    permits.release();
                    return;
                }
                send(intended);
            }
        }

        void send(long intended) {
            HttpRequest request = HttpRequest.newBuilder(tips.get((int) (sent.getAndIncrement() % tips.size())))
                    .timeout(timeout)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.next(), StandardCharsets.UTF_8))
                    .build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure == null && response.statusCode() == 201) {
                    Latency.recordSince(histogram, intended);
                    ok.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                    String kind = failure != null ? rootCause(failure).getClass().getSimpleName() : "HTTP " + response.statusCode();
                    if (failure == null && response.statusCode() == 503) {
                        if (response.headers().firstValue("Retry-After").isPresent()) {
                            refused.incrementAndGet();
                            Latency.recordSince(refusedHistogram, intended);
                        } else {
                            kind = "HTTP 503 without Retry-After";
                        }
                    } else if (failure == null && response.statusCode() >= 500) {
                        serverErrors.incrementAndGet();
                    }
                    errorKinds.merge(kind, 1L, Long::sum);
                }
                lastCompletion.accumulateAndGet(System.nanoTime(), Math::max);
                done.incrementAndGet();
                permits.release();
                drain();
            });
        }

        void awaitAll(long expected, Duration atMost) throws InterruptedException {
            long deadline = System.nanoTime() + atMost.toNanos();
            while (done.get() < expected && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }
    }

    static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
