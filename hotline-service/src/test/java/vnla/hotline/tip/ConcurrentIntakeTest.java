package vnla.hotline.tip;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vnla.hotline.TipFixtures;
import vnla.testing.Database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many requests at the same moment, as a crowded hotline and impatient clients send them: never a 500, one tip per
 * Idempotency-Key, distinct references. A 503 (past the instance's capacity) is honoured as a client must: wait for
 * Retry-After and send the same request with the same key again.
 */
@QuarkusTest
class ConcurrentIntakeTest {

    private static final Logger LOG = Logger.getLogger(ConcurrentIntakeTest.class);
    private static final int MAX_ATTEMPTS = 30;

    /** What one caller finally got, and the 503s it honoured on the way. */
    record Answer(int status, String id, String reference, String receiptCode, int refusals, List<String> badRefusals) {
    }

    @Test
    void fiftyConcurrentRetriesWithOneKeyRecordOneTip() throws Exception {
        String key = "retry-storm-" + UUID.randomUUID();
        Map<String, Object> tip = TipFixtures.anonymousTip();
        long tipsBefore = count("select count(*) from tip");

        List<Answer> answers = concurrently(50, i -> post(key, tip));
        LOG.infof("50 concurrent requests with one key: %d answers of 503 honoured on the way", refusals(answers));

        assertEquals(Set.of(201), statuses(answers), "every answer is the tip: " + answers);
        assertEquals(List.of(), badRefusals(answers));
        Set<String> ids = answers.stream().map(Answer::id).collect(Collectors.toSet());
        assertEquals(1, ids.size(), "one tip for one key: " + ids);
        assertEquals(1, answers.stream().map(Answer::reference).distinct().count());
        assertEquals(1, answers.stream().map(Answer::receiptCode).distinct().count(), "the replay is the first answer");
        assertEquals(tipsBefore + 1, count("select count(*) from tip"));
        String id = ids.iterator().next();
        assertEquals(1, count("select count(*) from outbox_event where aggregate_id = ?", id));
        assertEquals(1, count("select count(*) from idempotency_key where idempotency_key = ?", key));
    }

    @Test
    void twoHundredConcurrentTipsWithTheirOwnKeysAreTwoHundredTips() throws Exception {
        String batch = "crowd-" + UUID.randomUUID();
        long tipsBefore = count("select count(*) from tip");

        List<Answer> answers = concurrently(200, i -> post(batch + "-" + i, TipFixtures.anonymousTip()));
        LOG.infof("200 concurrent tips: %d answers of 503 honoured on the way", refusals(answers));

        assertEquals(Set.of(201), statuses(answers), "every tip recorded: " + answers);
        assertEquals(List.of(), badRefusals(answers));
        List<String> ids = answers.stream().map(Answer::id).toList();
        assertEquals(200, Set.copyOf(ids).size());
        assertEquals(200, answers.stream().map(Answer::reference).distinct().count(), "distinct references");
        assertEquals(tipsBefore + 200, count("select count(*) from tip"));
        assertEquals(200, count("select count(distinct reference) from tip where id = any (?::uuid[])", (Object) ids.toArray(String[]::new)));
        assertEquals(200, count("select count(*) from outbox_event where aggregate_id = any (?)", (Object) ids.toArray(String[]::new)));
    }

    /** One caller: POST, and after each 503 wait its Retry-After and send the same request again. */
    private static Answer post(String key, Map<String, Object> tip) throws InterruptedException {
        int refusals = 0;
        List<String> badRefusals = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            Response response = TipFixtures.dutyOfficer()
                    .header("Idempotency-Key", key)
                    .body(tip)
                    .when().post("/api/v1/tips");
            if (response.statusCode() != 503 || attempt == MAX_ATTEMPTS) {
                boolean created = response.statusCode() == 201;
                return new Answer(response.statusCode(), created ? response.path("id") : response.asString(),
                        created ? response.path("reference") : null, created ? response.path("receiptCode") : null, refusals, badRefusals);
            }
            refusals++;
            String retryAfter = response.header("Retry-After");
            if (retryAfter == null || !retryAfter.matches("[1-9][0-9]*") || !response.contentType().startsWith("application/problem+json")
                    || response.asString().contains("Exception")) {
                badRefusals.add(response.headers() + " " + response.asString());
                retryAfter = "1";
            }
            TimeUnit.SECONDS.sleep(Long.parseLong(retryAfter));
        }
    }

    /** {@code callers} calls started together, each on its own thread; their answers in order. */
    private static List<Answer> concurrently(int callers, Caller call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch ready = new CountDownLatch(callers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int n = i;
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.answer(n);
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(5, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The n-th caller's calls; it may be interrupted while it waits out a Retry-After. */
    @FunctionalInterface
    interface Caller {
        Answer answer(int n) throws InterruptedException;
    }

    private static Set<Integer> statuses(List<Answer> answers) {
        return answers.stream().map(Answer::status).collect(Collectors.toSet());
    }

    private static int refusals(List<Answer> answers) {
        return answers.stream().mapToInt(Answer::refusals).sum();
    }

    private static List<String> badRefusals(List<Answer> answers) {
        return answers.stream().flatMap(a -> a.badRefusals().stream()).toList();
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = Database.asRuntimeRole(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                query.setObject(i + 1, p instanceof String[] array ? db.createArrayOf("text", array) : p);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
