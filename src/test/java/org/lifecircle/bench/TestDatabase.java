package org.lifecircle.bench;

import static org.junit.jupiter.api.Assertions.fail;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL + PostGIS + pgRouting database of the tests tagged {@code postgis}. An
 * unreachable database fails the test (never skips it) and says how to start one.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String url() {
        return env("LIFECIRCLE_TEST_DB_URL", "jdbc:postgresql://localhost:5432/lifecircle_test");
    }

    public static String user() {
        return env("LIFECIRCLE_TEST_DB_USER", "lifecircle");
    }

    public static String password() {
        return env("LIFECIRCLE_TEST_DB_PASSWORD", "lifecircle");
    }

    public static Connection connect() {
        String url = url();
        String user = user();
        String password = password();
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            return fail("cannot connect to " + url + " as " + user + " (" + e.getMessage() + "). The tests tagged"
                    + " 'postgis' need PostgreSQL 15 with PostGIS and pgRouting: run .ci/setup-postgres.sh (as root)"
                    + " to install, start and set it up, or point LIFECIRCLE_TEST_DB_URL/_USER/_PASSWORD at one.", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
