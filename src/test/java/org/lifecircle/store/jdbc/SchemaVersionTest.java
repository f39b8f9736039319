package org.lifecircle.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.store.StoreSettings;
import org.lifecircle.store.factory.Stores;

/** A database whose schema is newer than this code (a future row in Flyway's history) is refused on both stores. */
class SchemaVersionTest {

    private static final String FUTURE_ROW = "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
            + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\","
            + " \"execution_time\", \"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0,"
            + " 'test', CURRENT_TIMESTAMP, 0, TRUE)";

    @TempDir
    Path folder;

    @Test
    void theEmbeddedStoreRefusesANewerSchema() throws SQLException {
        JdbcStore store = TestStores.embedded(folder);
        try (Connection c = store.connections().open(); Statement s = c.createStatement()) {
            s.execute(FUTURE_ROW);
        }
        store.close();
        assertThatThrownBy(() -> Stores.open(StoreSettings.embedded(folder))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("schema is at version 99, newer than this LifeCircle knows (up to 4)")
                .hasMessageContaining("lifecircle.db");
        assertThat(folder.resolve("lifecircle.db")).exists();
    }

    @Test
    void thePostgisStoreRefusesANewerSchema() {
        String schema = TestStores.newSchema();
        try {
            TestStores.postgis(folder, schema).close();
            TestStores.execute(FUTURE_ROW.replace("INSERT INTO \"flyway_schema_history\"",
                    "INSERT INTO " + schema + ".\"flyway_schema_history\""));
            assertThatThrownBy(() -> Stores.open(TestStores.postgisSettings(folder, schema)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("schema is at version 99").hasMessageContaining("PostgreSQL at jdbc:postgresql:");
        } finally {
            TestStores.dropSchema(schema);
        }
    }
}
