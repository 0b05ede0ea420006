package vnla.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.microprofile.config.ConfigProvider;

/** Plain JDBC connections to the test database, as the owner (migration) role or the runtime role, to look behind the API. */
public final class Database {

    private Database() {
    }

    public static Connection asOwner() throws SQLException {
        return connect("quarkus.flyway.username", "quarkus.flyway.password");
    }

    public static Connection asRuntimeRole() throws SQLException {
        return connect("quarkus.datasource.username", "quarkus.datasource.password");
    }

    /** The single number {@code sql} (a {@code select count(*) …}) answers, read as the owner role. */
    public static long count(String sql) {
        try (Connection db = asOwner(); ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect(String user, String password) throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue(user, String.class), config.getValue(password, String.class));
    }
}
