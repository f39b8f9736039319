package org.lifecircle.store.jdbc;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * The embedded store and a PostGIS store in a fresh schema, opened together for one test class
 * and closed (the schema dropped) after it: the two sides of every parameterised store test.
 */
final class BothStores {

    private JdbcStore embedded;
    private JdbcStore postgis;
    private String schema;

    void open(Path folder) {
        embedded = TestStores.embedded(folder.resolve("embedded"));
        schema = TestStores.newSchema();
        postgis = TestStores.postgis(folder.resolve("pg"), schema);
    }

    void close() {
        if (embedded != null) {
            embedded.close();
        }
        if (postgis != null) {
            postgis.close();
        }
        if (schema != null) {
            TestStores.dropSchema(schema);
        }
    }

    JdbcStore embedded() {
        return embedded;
    }

    JdbcStore postgis() {
        return postgis;
    }

    String schema() {
        return schema;
    }

    Stream<Named<JdbcStore>> named() {
        return Stream.of(Named.of("SQLite", embedded), Named.of("PostGIS", postgis));
    }
}
