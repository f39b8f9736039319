package org.lifecircle.service.map;

import java.util.List;
import java.util.Optional;

/** Where the map's datasets come from (the store, or files for tests and the demo). */
public interface DatasetSource {

    /** Names of the datasets, sorted. */
    List<String> names();

    /** The current version of a dataset, without loading it; empty when there is no such dataset. */
    Optional<String> findVersion(String name);

    /** Loads a dataset; empty when there is no such dataset. */
    Optional<LoadedDataset> find(String name);

    /**
     * The dataset's input files as the print sheet names them ({@code role: file name[@crs]}, no
     * folders); none when the source does not record them.
     */
    default List<String> sourceFiles(String name) {
        return List.of();
    }
}
