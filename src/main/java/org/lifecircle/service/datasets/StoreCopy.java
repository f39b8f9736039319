package org.lifecircle.service.datasets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.NetworkColumns;
import org.lifecircle.store.NewDataset;
import org.lifecircle.store.NewRun;
import org.lifecircle.store.RunInfo;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoredDataset;
import org.lifecircle.store.StoredRun;

/**
 * Copies every dataset and run that can be read from one store into another, through the store
 * ports only: so that an old or damaged store's contents move into a new one. A dataset or run
 * that cannot be read is skipped and said; one whose name the target already has is kept there.
 * Runs get the target's next numbers (said as {@code r5 -> r2}); a run of a dataset's current
 * version points at the copied version, so that its map view still works.
 */
public final class StoreCopy {

    /** What was copied and what not, one line each. */
    public record Report(List<String> copied, List<String> skipped) {
    }

    private final Store from;
    private final Store into;

    public StoreCopy(Store from, Store into) {
        this.from = from;
        this.into = into;
    }

    public Report run() {
        List<String> copied = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, String> versions = copyDatasets(copied, skipped);
        copyRuns(versions, copied, skipped);
        return new Report(List.copyOf(copied), List.copyOf(skipped));
    }

    /** Copies the datasets; returns the copied versions' new ids by their old ones. */
    private Map<String, String> copyDatasets(List<String> copied, List<String> skipped) {
        Map<String, String> versions = new HashMap<>();
        Set<String> present = new HashSet<>(into.datasets().list().stream().map(DatasetInfo::name).toList());
        for (DatasetInfo info : from.datasets().list()) {
            if (present.contains(info.name())) {
                skipped.add("dataset '" + info.name() + "': the new store has a dataset of that name; kept that one");
                continue;
            }
            try {
                DatasetInfo saved = into.datasets().save(read(info));
                versions.put(info.versionId(), saved.versionId());
                copied.add("dataset '" + info.name() + "' (imported " + info.createdAt() + ")");
            } catch (RuntimeException e) {
                skipped.add("dataset '" + info.name() + "': cannot be read (" + e.getMessage() + ")");
            }
        }
        return versions;
    }

    private NewDataset read(DatasetInfo info) {
        StoredDataset dataset = from.datasets().read(info.name());
        NetworkColumns network = new NetworkColumns();
        from.datasets().readNetwork(info.versionId(), network);
        if (!network.isComplete()) {
            throw new IllegalStateException("its walking network is incomplete");
        }
        return new NewDataset(info.name(), info.createdAt(), info.contentSha256(), info.sources(), network,
                dataset.build(), dataset.features());
    }

    private void copyRuns(Map<String, String> versions, List<String> copied, List<String> skipped) {
        List<RunInfo> runs;
        try {
            runs = from.runs().list(java.util.Optional.empty());
        } catch (RuntimeException e) {
            skipped.add("runs: cannot be listed (" + e.getMessage() + ")");
            return;
        }
        for (RunInfo info : runs) {
            try {
                StoredRun run = from.runs().read(info.id());
                RunInfo saved = into.runs().save(new NewRun(info.datasetName(),
                        versions.getOrDefault(info.datasetVersionId(), info.datasetVersionId()), info.createdAt(),
                        info.parameters(), run.rules(), run.areas(), run.districts(), run.profileText()));
                copied.add("run " + info.id() + " -> " + saved.id() + " (dataset '" + info.datasetName() + "')");
            } catch (RuntimeException e) {
                skipped.add("run " + info.id() + ": cannot be read (" + e.getMessage() + ")");
            }
        }
    }
}
