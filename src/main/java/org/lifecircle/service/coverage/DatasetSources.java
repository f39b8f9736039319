package org.lifecircle.service.coverage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.model.FacilityReplacement;

/**
 * The input files of a coverage run or an import.
 *
 * @param osmFile the OSM extract: walking network, and facilities/areas when no files are given
 * @param facilityFiles facility files with optional CRS; empty: take facilities from the OSM file
 * @param residentialFile residential areas; empty: take them from the OSM file
 * @param districtFile district boundaries; empty: everything in one group
 * @param populationFile district census totals to scale estimated populations to
 * @param facilityReplacement what the facility files replace of the OSM facilities (nothing when there are none)
 */
public record DatasetSources(Path osmFile, List<FileWithCrs> facilityFiles, Optional<FileWithCrs> residentialFile,
                             Optional<FileWithCrs> districtFile, Optional<Path> populationFile,
                             FacilityReplacement facilityReplacement) {

    public DatasetSources {
        facilityFiles = List.copyOf(facilityFiles);
        java.util.Objects.requireNonNull(facilityReplacement, "facilityReplacement");
    }

    /** Facility files that replace the OSM facilities of their own categories (the default). */
    public DatasetSources(Path osmFile, List<FileWithCrs> facilityFiles, Optional<FileWithCrs> residentialFile,
                          Optional<FileWithCrs> districtFile, Optional<Path> populationFile) {
        this(osmFile, facilityFiles, residentialFile, districtFile, populationFile, FacilityReplacement.CATEGORIES);
    }

    /** The same files with another replacement. */
    public DatasetSources withFacilityReplacement(FacilityReplacement replacement) {
        return new DatasetSources(osmFile, facilityFiles, residentialFile, districtFile, populationFile, replacement);
    }
}
