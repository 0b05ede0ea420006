package vnla.notification.alert;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.StringJoiner;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The lookups every alert request and withdrawal makes find their alerts through an index on the request, never by
 * reading the whole alert table or every alert of the recipient: V12 once left them without one, and each alert request
 * then took 192 ms with 40 000 alerts, more every day. PostgreSQL is asked for the plan with sequential scans priced
 * out, so a missing index shows whatever the table holds.
 */
@QuarkusTest
class AlertLookupPlanTest {

    private static final String REQUEST = "'8f0b5c1e-2d3a-4b6c-9e7f-0a1b2c3d4e5f'";

    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(strings = {
            // AlertService.issue: already issued to this recipient?
            "select count(*) from alert where request_id = " + REQUEST + " and recipient_agency = 'la.salavan' and withdrawal_id is null",
            // AlertRecalls.requestIssued and recall
            "select count(*) from alert where request_id = " + REQUEST + " and withdrawal_id is null",
            "select * from alert where request_id = " + REQUEST + " and recipient_agency = 'la.salavan' and withdrawal_id is null",
            // VerificationAlerts: the alerts of a request for verification
            "select * from alert where request_id = " + REQUEST + " and verification is not null" })
    void alertLookupsByRequestUseAnIndex(String query) throws Exception {
        String plan = plan(query);
        // an index on another column (the recipient's) would still read every alert of that recipient
        assertTrue(plan.matches("(?s).*Index Cond: \\(+request_id = .*"), query + " does not look its alerts up by request:\n" + plan);
    }

    private String plan(String query) throws Exception {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                statement.execute("set local enable_seqscan = off");
                StringJoiner plan = new StringJoiner("\n");
                try (ResultSet rows = statement.executeQuery("explain " + query)) {
                    while (rows.next()) {
                        plan.add(rows.getString(1));
                    }
                }
                return plan.toString();
            } finally {
                db.rollback();
            }
        }
    }
}
