package org.lifecircle.store.jdbc;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
    private final ImportJournal journal;
    private final AutoCloseable resources;
    private final JdbcDatasetStore datasets;
    private final JdbcRunStore runs;

    /**
     * @param dataDir the local data folder: the graph cache and the journal of imports under way
     *     ({@code imports}) live there, with either database
     * @param resources closed with the store (e.g. the connection that keeps an embedded database open)
     *     (writes pause midway only when the fault-test property of {@link WritePause} is set)
     */
    public JdbcStore(ConnectionSource connections, Dialect dialect, GraphCache cache, Path dataDir,
                     AutoCloseable resources) {
        this(connections, dialect, cache, new ImportJournal(dataDir.resolve("imports")), resources,
                WritePause.fromSystemProperties());
    }

    private JdbcStore(ConnectionSource connections, Dialect dialect, GraphCache cache, ImportJournal journal,
                      AutoCloseable resources, WriteProbe probe) {
        this.connections = connections;
        this.dialect = dialect;
        this.cache = cache;
        this.journal = journal;
        this.resources = resources;
        this.datasets = new JdbcDatasetStore(connections, dialect, cache, journal, probe);
        this.runs = new JdbcRunStore(connections, dialect, probe);
    }

    /** The same database with a probe told about every batch an import writes (tests); closing it closes nothing. */
    JdbcStore withWriteProbe(WriteProbe probe) {
        return new JdbcStore(connections, dialect, cache, journal, () -> { }, probe);
    }

    /**
     * Tells about imports on this machine whose process ended before they did (killed): their
     * transaction was rolled back, so nothing of them is stored. Each is told once. An import that
     * committed just before its process died is not reported.
     */
    public void reportUnfinishedImports(Consumer<String> notices) {
        List<ImportJournal.Unfinished> unfinished = journal.unfinished();
        if (unfinished.isEmpty()) {
            return;
        }
        Set<String> current;
        try {
            current = new HashSet<>(Jdbc.snapshot(connections, dialect, "listing dataset versions",
                    VersionTables::currentVersionIds));
        } catch (RuntimeException e) {
            return; // told next time, when the database answers
        }
        for (ImportJournal.Unfinished entry : unfinished) {
            if (!current.contains(entry.versionId())) {
                notices.accept("the import of dataset '" + entry.datasetName() + "' started at " + entry.startedAt()
                        + " (process " + entry.pid() + ") did not finish: its process ended first, and nothing of it"
                        + " was stored");
            }
            journal.forget(entry);
        }
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
            try (PreparedStatement explain = FeatureTables.prepareExplained(c, dialect, FeatureTables.AREAS, version,
                    Optional.of(new FeatureTables.Box(box))); ResultSet rows = explain.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    plan.append(rows.getString(columns)).append('\n');
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
