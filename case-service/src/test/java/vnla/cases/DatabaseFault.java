package vnla.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import vnla.testing.Database;

/**
 * The database refusing to project one tip, as it refuses everything while it restarts (SQLSTATE 57P03, "the database
 * system is starting up"): a trigger on tip_projection, made by the owner role, for a while or until closed. It
 * touches that tip only, so the test database serves everything else as usual.
 */
public final class DatabaseFault implements AutoCloseable {

    private final String name;

    private DatabaseFault(String name) {
        this.name = name;
    }

    /** Refuses to project {@code tip} for {@code duration}, or until closed when it is null. */
    public static DatabaseFault refuseTip(UUID tip, Duration duration) {
        String name = "tests_refuse_" + tip.toString().replace("-", "");
        String until = duration == null ? "infinity" : OffsetDateTime.now(ZoneOffset.UTC).plus(duration).toString();
        execute("create function " + name + "() returns trigger language plpgsql as $$ begin "
                + "if new.id = '" + tip + "'::uuid and now() < '" + until + "'::timestamptz then "
                + "raise exception 'the database system is starting up (simulated for tip %)', new.id using errcode = '57P03'; "
                + "end if; return new; end $$",
                "create trigger " + name + " before insert on tip_projection for each row execute function " + name + "()");
        return new DatabaseFault(name);
    }

    @Override
    public void close() {
        execute("drop trigger if exists " + name + " on tip_projection", "drop function if exists " + name + "()");
    }

    private static void execute(String... statements) {
        try (Connection db = Database.asOwner(); Statement sql = db.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the test database's triggers", e);
        }
    }
}
