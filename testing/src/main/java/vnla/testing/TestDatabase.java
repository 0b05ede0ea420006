package vnla.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A database of one test run, set up like {@code <service>_test} of {@code stack/postgres/init.sql} (its owner role,
 * runtime role, extensions and default privileges), named {@code <service>_test_<pid>} and dropped at the end. It is
 * made by {@code suite_tests}, the one role allowed to create databases (init.sql; development and tests only). A run killed before it could drop its copy leaves it behind; the
 * next run drops copies whose test JVM is gone.
 */
public final class TestDatabase {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String ROLE = "suite_tests";

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    /**
     * Creates this JVM's database for the service whose test database is {@code template} ({@code hotline_test}: owner
     * {@code hotline_owner}, runtime role {@code hotline}), set up as init.sql sets up that one: the owner owns it, both
     * extensions, the runtime role may connect and gets what the owner creates. Made from template0, which nobody
     * connects to, so another run connected to {@code hotline_test} does not stand in the way.
     */
    public static TestDatabase like(String template) {
        String service = template.endsWith("_test") ? template.substring(0, template.length() - "_test".length()) : template;
        String owner = service + "_owner";
        TestDatabase database = new TestDatabase(template + "_" + ProcessHandle.current().pid());
        try (Connection admin = admin("postgres")) {
            dropOrphans(admin, template);
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + database.name + " WITH (FORCE)");
            admin.createStatement().execute("CREATE DATABASE " + database.name + " OWNER " + owner + " TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + database.name + " as " + ROLE
                    + " (./suite up creates the role): " + e.getMessage(), e);
        }
        try (Connection setup = admin(database.name); var statement = setup.createStatement()) {
            statement.execute("SET ROLE " + owner);
            statement.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            statement.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + database.name + " TO " + service);
            statement.execute("GRANT USAGE ON SCHEMA public TO " + service);
            statement.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + service);
            statement.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO " + service);
        } catch (SQLException e) {
            database.drop();
            throw new IllegalStateException("could not set up the test database " + database.name + ": " + e.getMessage(), e);
        }
        return database;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return URL + name;
    }

    /** Drops the copy, ending what is still connected to it. */
    public void drop() {
        try (Connection admin = admin("postgres")) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test database " + name + ": " + e.getMessage(), e);
        }
    }

    private static void dropOrphans(Connection admin, String template) throws SQLException {
        List<String> orphans = new ArrayList<>();
        try (var rows = admin.createStatement().executeQuery("SELECT datname FROM pg_database WHERE datname ~ '^"
                + template + "_[0-9]+$'")) {
            while (rows.next()) {
                String copy = rows.getString(1);
                long pid = Long.parseLong(copy.substring(template.length() + 1));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                orphans.add(copy);
            }
        }
        for (String orphan : orphans) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + orphan + " WITH (FORCE)");
        }
    }

    private static Connection admin(String database) throws SQLException {
        return DriverManager.getConnection(URL + database, ROLE, ROLE);
    }
}
