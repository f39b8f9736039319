package org.lifecircle.service.coverage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lifecircle.crs.FileWithCrs;

/**
 * The input files of a coverage run or an import.
 *
 * @param osmFile the OSM extract: walking network, and facilities/areas when no files are given
 * @param facilityFiles facility files with optional CRS; empty: take facilities from the OSM file
 * @param residentialFile residential areas; empty: take them from the OSM file
 * @param districtFile district boundaries; empty: everything in one group
 * @param populationFile district census totals to scale estimated populations to
 */
public record DatasetSources(Path osmFile, List<FileWithCrs> facilityFiles, Optional<FileWithCrs> residentialFile,
                             Optional<FileWithCrs> districtFile, Optional<Path> populationFile) {

    public DatasetSources {
        facilityFiles = List.copyOf(facilityFiles);
    }
}
