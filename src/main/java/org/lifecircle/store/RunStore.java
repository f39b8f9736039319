package org.lifecircle.store;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/** Saved analysis runs. Runs outlive the dataset version they analysed (a re-import or delete keeps them). */
public interface RunStore {

    /** Saves the run in one transaction and gives it the next id ({@code r1}, {@code r2}, ...). */
    RunInfo save(NewRun run);

    /** Runs in id order, all or those of one dataset name. */
    List<RunInfo> list(Optional<String> datasetName);

    /** The run with this id ({@code r12}); empty when there is none (or the id is malformed). */
    Optional<RunInfo> find(String runId);

    /** The run with every result; an {@link org.lifecircle.model.InvalidInputException} when there is none. */
    StoredRun read(String runId);

    /**
     * The run's area results joined to the polygons of the dataset version it analysed, for
     * areas intersecting the WGS84 box. Empty once that version was replaced or deleted.
     */
    List<MappedAreaResult> areaResultsIn(String runId, Envelope lonLatBox);
}
