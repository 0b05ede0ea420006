package vnla.notification.subscription;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.notification.Fixtures;

/** Webhook secrets never rest in clear: not in the subscription, not in the idempotent replay, not in any column of any table. */
@QuarkusTest
class SecretsAtRestTest {

    @Inject
    DataSource dataSource;

    @Inject
    WebhookSecrets secrets;

    @Test
    void noColumnOfAnyTableHoldsAWebhookSecretInClear() throws Exception {
        var created = given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "sekong-" + UUID.randomUUID())
                .body(Map.of("channel", "WEBHOOK", "url", "https://hotline.sekong.example/alerts", "description", "Trực ban Sê Kông"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .extract();
        String id = created.path("id");
        String first = created.path("secret");
        String rotated = given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG))
                .when().post("/api/v1/subscriptions/" + id + "/secret-rotations")
                .then().statusCode(200)
                .extract().path("secret");
        assertTrue(first.startsWith(WebhookSecrets.PREFIX) && rotated.startsWith(WebhookSecrets.PREFIX));

        List<String> found = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            for (String[] column : columns(db)) {
                for (String needle : List.of(WebhookSecrets.PREFIX, first.substring(WebhookSecrets.PREFIX.length()),
                        rotated.substring(WebhookSecrets.PREFIX.length()))) {
                    if (holds(db, column, needle)) {
                        found.add(column[0] + "." + column[1] + "." + column[2]);
                    }
                }
            }
        }
        assertEquals(List.of(), found, "columns holding a webhook secret in clear");
        Fixtures.unsubscribe(Fixtures.SEKONG, id);
    }

    @Test
    void aSealedSecretOpensOnlyForItsOwnSubscription() {
        Subscription own = new Subscription();
        own.id = UUID.randomUUID();
        own.sealedSecret = secrets.seal(own.id, secrets.newSecret());
        assertEquals(1, secrets.signingSecrets(own, OffsetDateTime.now(ZoneOffset.UTC)).size());

        Subscription other = new Subscription();
        other.id = UUID.randomUUID();
        other.sealedSecret = own.sealedSecret;
        assertThrows(IllegalStateException.class, () -> secrets.signingSecrets(other, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /** Every column of every table of the service's database: schema, table, column, data type. */
    private static List<String[]> columns(Connection db) throws Exception {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                select c.table_schema, c.table_name, c.column_name, c.data_type
                from information_schema.columns c join information_schema.tables t
                  on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
                where c.table_schema not in ('pg_catalog', 'information_schema')""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4) });
            }
        }
        assertTrue(columns.stream().anyMatch(c -> c[1].equals("idempotency_key")), "common's replay table is scanned too");
        assertTrue(columns.stream().anyMatch(c -> c[1].equals("subscription") && c[2].equals("secret_sealed")));
        return columns;
    }

    private static boolean holds(Connection db, String[] column, String needle) throws Exception {
        String name = "\"" + column[0] + "\".\"" + column[1] + "\"";
        String sql = "bytea".equals(column[3])
                ? "select count(*) from " + name + " where position(?::bytea in \"" + column[2] + "\") > 0"
                : "select count(*) from " + name + " where strpos(\"" + column[2] + "\"::text, ?) > 0";
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, "bytea".equals(column[3]) ? needle.getBytes(StandardCharsets.UTF_8) : needle);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }
}
