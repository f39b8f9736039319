package org.lifecircle.store.jdbc;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.store.MappedAreaResult;
import org.lifecircle.store.NewRun;
import org.lifecircle.store.RunIds;
import org.lifecircle.store.RunInfo;
import org.lifecircle.store.RunStore;
import org.lifecircle.store.StoredRun;
import org.locationtech.jts.geom.Envelope;

/** Runs over JDBC: each saved in one transaction, read in one snapshot. */
final class JdbcRunStore implements RunStore {

    private final ConnectionSource connections;
    private final Dialect dialect;
    private final WriteProbe probe;

    JdbcRunStore(ConnectionSource connections, Dialect dialect, WriteProbe probe) {
        this.connections = connections;
        this.dialect = dialect;
        this.probe = probe;
    }

    @Override
    public RunInfo save(NewRun run) {
        NewRun stored = new NewRun(run.datasetName(), run.datasetVersionId(), run.createdAt().truncatedTo(ChronoUnit.MICROS),
                run.parameters(), run.rules(), run.areas(), run.districts(), run.profileText());
        long number = Jdbc.transaction(connections, dialect, "saving a run of dataset '" + run.datasetName() + "'", c -> {
            long id = RunTables.insertRun(c, dialect, stored);
            BatchInsert.RowCount progress = new BatchInsert.RowCount(probe);
            RunTables.insertRules(c, id, stored.rules());
            RunAreaTables.insert(c, id, stored.areas(), progress);
            RunTables.insertDistricts(c, id, stored.districts(), progress);
            return id;
        });
        return new RunInfo(RunIds.format(number), stored.datasetName(), stored.datasetVersionId(), stored.createdAt(),
                stored.parameters(), stored.areas().size());
    }

    @Override
    public List<RunInfo> list(Optional<String> datasetName) {
        return Jdbc.snapshot(connections, dialect, "listing runs", c -> RunTables.runs(c, dialect, datasetName, Optional.empty()));
    }

    @Override
    public Optional<RunInfo> find(String runId) {
        OptionalLong number = RunIds.parse(runId);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return Jdbc.snapshot(connections, dialect, "reading run " + runId,
                c -> RunTables.runs(c, dialect, Optional.empty(), Optional.of(number.getAsLong())).stream()
                        .findFirst());
    }

    @Override
    public StoredRun read(String runId) {
        Optional<StoredRun> run = Jdbc.snapshot(connections, dialect, "reading run " + runId, c -> {
            OptionalLong number = RunIds.parse(runId);
            if (number.isEmpty()) {
                return Optional.empty();
            }
            long n = number.getAsLong();
            Optional<RunInfo> info = RunTables.runs(c, dialect, Optional.empty(), Optional.of(n)).stream().findFirst();
            if (info.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new StoredRun(info.get(), RunTables.rules(c, n), RunAreaTables.all(c, n),
                    RunTables.districts(c, n), RunTables.profileText(c, n)));
        });
        return run.orElseThrow(() -> unknown(runId));
    }

    @Override
    public List<MappedAreaResult> areaResultsIn(String runId, Envelope lonLatBox) {
        RunInfo info = find(runId).orElseThrow(() -> unknown(runId));
        long number = RunIds.parse(runId).orElseThrow();
        return Jdbc.snapshot(connections, dialect, "reading run " + runId + " for a box",
                c -> RunAreaTables.inBox(c, number, info.datasetVersionId(), lonLatBox, dialect));
    }

    private InvalidInputException unknown(String runId) {
        return new InvalidInputException("no run '" + runId + "' in " + connections.description()
                + " (run ids look like r12; 'lifecircle runs list' shows them)");
    }
}
