package org.lifecircle.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.lifecircle.store.DatasetStore;
import org.lifecircle.store.RunStore;
import org.lifecircle.store.Store;
import org.lifecircle.store.cache.GraphCache;
import org.locationtech.jts.geom.Envelope;

/** A store on one database (H2GIS or PostGIS): datasets, runs and the graph cache. */
public final class JdbcStore implements Store {

    private final ConnectionSource connections;
    private final Dialect dialect;
    private final GraphCache cache;
    private final AutoCloseable resources;
    private final JdbcDatasetStore datasets;
    private final JdbcRunStore runs;

    /**
     * @param resources closed with the store (e.g. the connection that keeps an embedded database open)
     */
    public JdbcStore(ConnectionSource connections, Dialect dialect, GraphCache cache, AutoCloseable resources) {
        this(connections, dialect, cache, resources, WriteProbe.NONE);
    }

    private JdbcStore(ConnectionSource connections, Dialect dialect, GraphCache cache, AutoCloseable resources,
                      WriteProbe probe) {
        this.connections = connections;
        this.dialect = dialect;
        this.cache = cache;
        this.resources = resources;
        this.datasets = new JdbcDatasetStore(connections, dialect, cache, probe);
        this.runs = new JdbcRunStore(connections, dialect);
    }

    /** The same database with a probe told about every batch an import writes (tests); closing it closes nothing. */
    JdbcStore withWriteProbe(WriteProbe probe) {
        return new JdbcStore(connections, dialect, cache, () -> { }, probe);
    }

    @Override
    public DatasetStore datasets() {
        return datasets;
    }

    @Override
    public RunStore runs() {
        return runs;
    }

    /** The database's connections (tests count rows with them). */
    ConnectionSource connections() {
        return connections;
    }

    public GraphCache graphCache() {
        return cache;
    }

    @Override
    public String description() {
        return connections.description();
    }

    /** The database's plan for the residential areas of a dataset in a box (tests check the spatial index is used). */
    String explainAreasIn(String name, Envelope box) {
        return Jdbc.snapshot(connections, dialect, "explaining a box query", c -> {
            String version = datasets.versionOf(c, name);
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain = FeatureTables.prepareExplained(c, FeatureTables.AREAS, version,
                    Optional.of(new FeatureTables.Box(box, dialect))); ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        });
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing " + description() + ": " + e.getMessage(), e);
        }
    }
}
