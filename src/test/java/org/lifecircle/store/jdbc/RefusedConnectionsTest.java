package org.lifecircle.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.faults.ThrowawayDatabase;
import org.lifecircle.model.StoreUnavailableException;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoreSettings;
import org.lifecircle.store.factory.Stores;

/**
 * PostgreSQL refusing new connections while a store is open (closed for maintenance with
 * ALLOW_CONNECTIONS false, or at its connection limit), on a database of its own: the store says
 * the database is unavailable and nothing was saved, as for a lost connection, not that the
 * database failed; and it works again once connections are allowed.
 */
class RefusedConnectionsTest {

    @TempDir
    Path folder;

    @Test
    void postgresqlSays55000And53300WhenItRefuses() throws SQLException {
        try (ThrowawayDatabase database = ThrowawayDatabase.create()) {
            database.allowConnections(false);
            assertThat(sqlState(database)).isEqualTo("55000");
            database.allowConnections(true);
            database.connectionLimit(0);
            assertThat(sqlState(database)).isEqualTo("53300");
        }
    }

    @Test
    void aStoreWhoseDatabaseStopsAcceptingConnectionsIsUnavailableUntilItDoesAgain() {
        try (ThrowawayDatabase database = ThrowawayDatabase.create();
             Store store = Stores.open(StoreSettings.fromEnvironment(database.environment(folder.resolve("data"))))) {
            assertThat(store.datasets().list()).isEmpty();
            database.allowConnections(false);
            assertThatThrownBy(() -> store.datasets().list()).isInstanceOf(StoreUnavailableException.class)
                    .hasMessage("cannot connect to PostgreSQL at " + database.url() + " as user "
                            + org.lifecircle.bench.TestDatabase.user() + " while listing datasets (database \""
                            + database.url().replaceFirst(".*/([^/?]+).*", "$1") + "\" is not currently accepting"
                            + " connections): nothing was saved; run it again once the database accepts connections");
            database.allowConnections(true);
            database.connectionLimit(0);
            assertThatThrownBy(() -> store.runs().list(java.util.Optional.empty()))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("too many connections");
            database.connectionLimit(-1);
            assertThat(store.datasets().list()).isEmpty();
        }
    }

    private static String sqlState(ThrowawayDatabase database) {
        try (Connection ignored = database.connect()) {
            throw new AssertionError("connected to a database that should refuse");
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }
}
