package vnla.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A database of one test run: a copy of {@code <template>} (for example {@code hotline_test}, which
 * {@code stack/postgres/init.sql} prepares with its owner, runtime role, extensions and default privileges), named
 * {@code <template>_<pid>} and dropped at the end. It is made by {@code suite_tests}, the one role allowed to create
 * databases (init.sql; development and tests only). A run killed before it could drop its copy leaves it behind; the
 * next run drops copies whose test JVM is gone.
 */
public final class TestDatabase {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String ROLE = "suite_tests";

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** Creates a fresh copy of {@code template} for this JVM. */
    public static TestDatabase copyOf(String template) {
        TestDatabase database = new TestDatabase(template + "_" + ProcessHandle.current().pid());
        try (Connection admin = admin()) {
            dropOrphans(admin, template);
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + database.name + " WITH (FORCE)");
            String owner;
            try (var rows = admin.createStatement().executeQuery("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '" + template + "'")) {
                if (!rows.next()) {
                    throw new SQLException("no database " + template + " (./suite up creates it)");
                }
                owner = rows.getString(1);
            }
            // the owner as in the template: its schema owner creates the tables (Flyway), the runtime role uses them
            admin.createStatement().execute("CREATE DATABASE " + database.name + " TEMPLATE " + template + " OWNER " + owner);
        } catch (SQLException e) {
            throw new IllegalStateException("could not copy the database " + template + " as " + ROLE
                    + " (./suite up creates the role; a copy needs nobody connected to " + template + "): " + e.getMessage(), e);
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
        try (Connection admin = admin()) {
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

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(URL + "postgres", ROLE, ROLE);
    }
}
