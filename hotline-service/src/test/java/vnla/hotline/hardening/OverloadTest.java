package vnla.hotline.hardening;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import vnla.common.overload.Admission;
import vnla.hotline.TipFixtures;
import vnla.testing.Database;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Past its capacity hotline-service refuses quickly with a 503 problem+json and Retry-After, records nothing, and the
 * same request succeeds once capacity is back: when no pooled connection frees up in time, and past the in-flight limit.
 */
@QuarkusTest
@TestProfile(OverloadTest.TinyCapacity.class)
class OverloadTest {

    private static final int POOL = 2;
    private static final int IN_FLIGHT = 3;

    /** Two pooled connections, a 3-second acquisition timeout, three API requests at once. */
    public static class TinyCapacity implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.max-size", Integer.toString(POOL),
                    "quarkus.datasource.jdbc.acquisition-timeout", "PT3S",
                    "suite.overload.max-in-flight-requests", Integer.toString(IN_FLIGHT),
                    "suite.overload.retry-after", "PT2S");
        }
    }

    @Inject
    AgroalDataSource pool;

    @Inject
    Admission admission;

    private final List<Connection> held = new ArrayList<>();

    @AfterEach
    void release() throws SQLException {
        for (Connection connection : held) {
            connection.close();
        }
        held.clear();
        await().atMost(Duration.ofSeconds(10)).until(() -> admission.inFlight() == 0);
    }

    @Test
    void requestThatGetsNoConnectionIs503WithRetryAfterAndRecordsNothing() throws SQLException {
        String key = "no-connection-" + UUID.randomUUID();
        Map<String, Object> tip = TipFixtures.anonymousTip();
        long tips = tips();
        holdEveryConnection();

        TipFixtures.dutyOfficer()
                .header("Idempotency-Key", key)
                .body(tip)
                .when().post("/api/v1/tips")
                .then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", equalTo("2"))
                .body("status", equalTo(503))
                .body("title", equalTo("Service Unavailable"))
                .body("detail", containsString("no free database connection"))
                .body(not(containsString("Exception")))
                .body(not(containsString("io.agroal")));

        assertEquals(tips, tips());
        release();
        TipFixtures.dutyOfficer()
                .header("Idempotency-Key", key)
                .body(tip)
                .when().post("/api/v1/tips")
                .then().statusCode(201);
        assertEquals(tips + 1, tips());
    }

    @Test
    void pastTheInFlightLimitARequestIsRefusedAtOnceAndTheAdmittedOnesFinish() throws Exception {
        long tips = tips();
        holdEveryConnection();
        List<CompletableFuture<Response>> admitted = new ArrayList<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            admitted.add(CompletableFuture.supplyAsync(() -> TipFixtures.dutyOfficer()
                    .body(TipFixtures.anonymousTip())
                    .when().post("/api/v1/tips")));
        }
        await().atMost(Duration.ofSeconds(2)).until(() -> admission.inFlight() == IN_FLIGHT);

        long start = System.nanoTime();
        TipFixtures.dutyOfficer()
                .body(TipFixtures.anonymousTip())
                .when().post("/api/v1/tips")
                .then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", equalTo("2"))
                .body("detail", containsString("working at its capacity"));
        long refusedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(refusedMillis < 1000, "refused in " + refusedMillis + " ms, without waiting for a connection");

        release();
        for (CompletableFuture<Response> request : admitted) {
            assertEquals(201, request.get(30, TimeUnit.SECONDS).statusCode());
        }
        assertEquals(tips + IN_FLIGHT, tips());
    }

    /** Takes every connection of the service's pool, as a burst of slow requests would. */
    private void holdEveryConnection() throws SQLException {
        for (int i = 0; i < POOL; i++) {
            held.add(pool.getConnection());
        }
    }

    private static long tips() throws SQLException {
        try (Connection db = Database.asRuntimeRole(); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select count(*) from tip")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
