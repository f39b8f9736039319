package org.lifecircle.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.Progress;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.store.DatasetCounts;
import org.lifecircle.store.DatasetFeatures;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.DatasetStore;
import org.lifecircle.store.NetworkColumns;
import org.lifecircle.store.NetworkSink;
import org.lifecircle.store.NewDataset;
import org.lifecircle.store.StoredDataset;
import org.lifecircle.store.VersionGoneException;
import org.lifecircle.store.cache.GraphCache;
import org.locationtech.jts.geom.Envelope;

/**
 * Datasets over JDBC. An import writes the new version's rows first, then moves the name to it
 * and deletes the old version's rows, all in one transaction: readers (in snapshot transactions)
 * see the old version until the commit and the new one after it.
 */
final class JdbcDatasetStore implements DatasetStore {

    /** SQLSTATE of a unique-key violation (H2 and PostgreSQL alike). */
    private static final String UNIQUE_VIOLATION = "23505";

    private final ConnectionSource connections;
    private final Dialect dialect;
    private final GraphCache cache;
    private final ImportJournal journal;
    private final WriteProbe probe;

    JdbcDatasetStore(ConnectionSource connections, Dialect dialect, GraphCache cache, ImportJournal journal,
                     WriteProbe probe) {
        this.connections = connections;
        this.dialect = dialect;
        this.cache = cache;
        this.journal = journal;
        this.probe = probe;
    }

    @Override
    public DatasetInfo save(NewDataset dataset, Progress progress) {
        String versionId = UUID.randomUUID().toString();
        // Both databases keep microseconds: truncate so that what is returned is what is read back.
        NewDataset stored = new NewDataset(dataset.name(), dataset.createdAt().truncatedTo(ChronoUnit.MICROS),
                dataset.contentSha256(), dataset.sources(), dataset.network(), dataset.build(), dataset.features());
        try (ImportJournal.Entry underWay = journal.begin(dataset.name(), versionId);
             Progress.Step step = progress.step("storing dataset '" + dataset.name() + "'", rowCount(stored), "rows")) {
            Jdbc.transaction(connections, dialect, "importing dataset '" + dataset.name() + "'",
                    c -> write(c, versionId, stored, step));
            probe.reached(WritePhase.COMMITTED);
        }
        try {
            Jdbc.autoCommit(connections, dialect, "updating statistics", c -> {
                dialect.afterImport(c);
                return null;
            });
        } catch (RuntimeException e) {
            // statistics only help the query planner; the import itself has committed
        }
        cache.write(versionId, stored.network());
        sweepCache();
        DatasetFeatures f = stored.features();
        return new DatasetInfo(stored.name(), versionId, stored.createdAt(), stored.contentSha256(), stored.sources(),
                new DatasetCounts(stored.network().nodeCount(), stored.network().edgeCount(), f.facilities().size(),
                        f.areas().size(), f.districts().size()));
    }

    /** The rows of the network and feature tables, the bulk of an import. */
    private static long rowCount(NewDataset dataset) {
        DatasetFeatures f = dataset.features();
        return (long) dataset.network().nodeCount() + dataset.network().edgeCount() + f.facilities().size()
                + f.areas().size() + f.districts().size();
    }

    private Void write(Connection c, String versionId, NewDataset dataset, Progress.Step step) throws SQLException {
        probe.reached(WritePhase.BEGUN);
        BatchInsert.RowCount progress = new BatchInsert.RowCount(probe, step);
        VersionTables.insertVersion(c, dialect, versionId, dataset);
        VersionTables.insertSources(c, versionId, dataset.sources());
        VersionTables.insertNotes(c, versionId, dataset.features().repaired(), dataset.features().skipped());
        NetworkTables.insert(c, dialect, versionId, dataset.network(), progress);
        FeatureTables.insert(c, dialect, versionId, dataset.features(), progress);
        probe.reached(WritePhase.SWITCH);
        Optional<String> previous = VersionTables.lockPointer(c, dialect, dataset.name());
        try {
            VersionTables.point(c, dataset.name(), versionId, previous.isPresent());
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new InvalidInputException("dataset '" + dataset.name() + "' was imported by someone else at the"
                        + " same moment; nothing was changed by this import, run it again", e);
            }
            throw e;
        }
        if (previous.isPresent()) {
            VersionTables.deleteVersion(c, previous.get());
        }
        probe.reached(WritePhase.COMMIT);
        return null;
    }

    @Override
    public List<DatasetInfo> list() {
        return Jdbc.snapshot(connections, dialect, "listing datasets",
                c -> VersionTables.current(c, dialect, Optional.empty()).stream().map(VersionTables.VersionRow::info).toList());
    }

    @Override
    public Optional<DatasetInfo> find(String name) {
        return Jdbc.snapshot(connections, dialect, "reading dataset '" + name + "'",
                c -> VersionTables.current(c, dialect, Optional.of(name)).stream().findFirst().map(VersionTables.VersionRow::info));
    }

    @Override
    public DatasetInfo get(String name) {
        return find(name).orElseThrow(() -> unknown(name));
    }

    private InvalidInputException unknown(String name) {
        List<String> known = list().stream().map(DatasetInfo::name).toList();
        return new InvalidInputException("no dataset named '" + name + "' in " + connections.description()
                + (known.isEmpty() ? " (none yet: create one with 'lifecircle import')"
                        : " (known: " + String.join(", ", known) + ")"));
    }

    @Override
    public boolean delete(String name) {
        boolean deleted = Jdbc.transaction(connections, dialect, "deleting dataset '" + name + "'", c -> {
            Optional<String> version = VersionTables.lockPointer(c, dialect, name);
            if (version.isEmpty()) {
                return false;
            }
            VersionTables.deletePointer(c, name);
            VersionTables.deleteVersion(c, version.get());
            return true;
        });
        sweepCache();
        return deleted;
    }

    @Override
    public StoredDataset read(String name) {
        Optional<StoredDataset> dataset = Jdbc.snapshot(connections, dialect, "reading dataset '" + name + "'", c -> {
            Optional<VersionTables.VersionRow> row = VersionTables.current(c, dialect, Optional.of(name)).stream()
                    .findFirst();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            String v = row.get().info().versionId();
            Map<Integer, Double> census = new HashMap<>();
            Map<Integer, double[]> censusAges = new HashMap<>();
            List<District> districts = FeatureTables.districts(c, dialect, v, Optional.empty(), census, censusAges);
            DatasetFeatures features = new DatasetFeatures(FeatureTables.facilities(c, dialect, v, Optional.empty()),
                    FeatureTables.areas(c, dialect, v, Optional.empty()), districts, census,
                    VersionTables.notes(c, v, VersionTables.NOTE_REPAIRED),
                    VersionTables.notes(c, v, VersionTables.NOTE_SKIPPED), censusAges);
            return Optional.of(new StoredDataset(row.get().info(), row.get().build(), features));
        });
        return dataset.orElseThrow(() -> unknown(name));
    }

    @Override
    public void readNetwork(String versionId, NetworkSink sink) {
        if (cache.read(versionId, sink)) {
            return;
        }
        NetworkColumns columns = new NetworkColumns();
        Jdbc.snapshot(connections, dialect, "reading the walking network of dataset version " + versionId, c -> {
            int[] counts = VersionTables.networkCounts(c, versionId)
                    .orElseThrow(() -> new VersionGoneException(versionId));
            NetworkTables.read(c, dialect, versionId, counts[0], counts[1], columns);
            return null;
        });
        if (!columns.isComplete()) {
            throw new IllegalStateException("the walking network of dataset version " + versionId + " is incomplete");
        }
        cache.write(versionId, columns);
        columns.replay(sink);
    }

    @Override
    public List<Facility> facilitiesIn(String name, Envelope lonLatBox) {
        return inBox(name, "facilities",
                c -> FeatureTables.facilities(c, dialect, versionOf(c, name), box(lonLatBox)));
    }

    @Override
    public List<ResidentialArea> areasIn(String name, Envelope lonLatBox) {
        return inBox(name, "residential areas",
                c -> FeatureTables.areas(c, dialect, versionOf(c, name), box(lonLatBox)));
    }

    @Override
    public List<District> districtsIn(String name, Envelope lonLatBox) {
        return inBox(name, "districts",
                c -> FeatureTables.districts(c, dialect, versionOf(c, name), box(lonLatBox), new HashMap<>()));
    }

    private static Optional<FeatureTables.Box> box(Envelope lonLatBox) {
        return Optional.of(new FeatureTables.Box(lonLatBox));
    }

    private <T> List<T> inBox(String name, String what, Jdbc.Work<List<T>> work) {
        return Jdbc.snapshot(connections, dialect, "reading " + what + " of dataset '" + name + "'", work);
    }

    /** The current version id of a dataset; throws naming the known datasets when there is none. */
    String versionOf(Connection c, String name) throws SQLException {
        return VersionTables.current(c, dialect, Optional.of(name)).stream().findFirst()
                .map(row -> row.info().versionId()).orElseThrow(() -> unknown(name));
    }

    /** Removes cached graphs of versions that are no longer current (replaced or deleted, also by other processes). */
    private void sweepCache() {
        try {
            List<String> current = Jdbc.snapshot(connections, dialect, "listing dataset versions",
                    VersionTables::currentVersionIds);
            cache.retainOnly(new HashSet<>(current));
        } catch (RuntimeException e) {
            // stale snapshots are never read (their version ids are gone); the next sweep removes them
        }
    }
}
