package org.lifecircle.service.coverage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.EnumMap;
import java.util.Map;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.model.FacilityReplacement;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.units.UnitFile;
import org.lifecircle.units.UnitLevel;

/**
 * The input files of a coverage run or an import.
 *
 * @param osmFile the OSM extract: walking network, and facilities/areas when no files are given
 * @param facilityFiles facility files with optional CRS; empty: take facilities from the OSM file
 * @param residentialFile residential areas; empty: take them from the OSM file
 * @param districtFile district boundaries; empty: everything in one group
 * @param populationFile district census totals to scale estimated populations to
 * @param unitFiles the street and community boundaries ({@code --units}; the district level is
 *     {@code districtFile}), at most one per level
 * @param facilityReplacement what the facility files replace of the OSM facilities (nothing when there are none)
 * @param gateFile compound gates ({@code --gates}): each point near an area's outline becomes its entrance
 */
public record DatasetSources(Path osmFile, List<FileWithCrs> facilityFiles, Optional<FileWithCrs> residentialFile,
                             Optional<FileWithCrs> districtFile, Optional<Path> populationFile, List<UnitFile> unitFiles,
                             FacilityReplacement facilityReplacement, Optional<FileWithCrs> gateFile) {

    public DatasetSources {
        facilityFiles = List.copyOf(facilityFiles);
        unitFiles = List.copyOf(unitFiles);
        java.util.Objects.requireNonNull(facilityReplacement, "facilityReplacement");
        java.util.Objects.requireNonNull(gateFile, "gateFile");
        for (UnitFile file : unitFiles) {
            if (file.level() == UnitLevel.DISTRICT) {
                throw new IllegalArgumentException("the district level is districtFile");
            }
        }
    }

    /**
     * Sources without street or community boundaries, whose facility files replace the OSM
     * facilities of their own categories (the default).
     */
    public DatasetSources(Path osmFile, List<FileWithCrs> facilityFiles, Optional<FileWithCrs> residentialFile,
                          Optional<FileWithCrs> districtFile, Optional<Path> populationFile) {
        this(osmFile, facilityFiles, residentialFile, districtFile, populationFile, List.of(),
                FacilityReplacement.CATEGORIES, Optional.empty());
    }

    /** The same files with another replacement. */
    public DatasetSources withFacilityReplacement(FacilityReplacement replacement) {
        return new DatasetSources(osmFile, facilityFiles, residentialFile, districtFile, populationFile, unitFiles,
                replacement, gateFile);
    }

    /** The same files with this gate file. */
    public DatasetSources withGates(Optional<FileWithCrs> gates) {
        return new DatasetSources(osmFile, facilityFiles, residentialFile, districtFile, populationFile, unitFiles,
                facilityReplacement, gates);
    }

    /**
     * The district file and the other levels from {@code --districts} and {@code --units}, each level
     * once; a one-line error when a level is given twice.
     */
    public static DatasetSources withUnits(Path osmFile, List<FileWithCrs> facilityFiles,
                                           Optional<FileWithCrs> residentialFile, Optional<FileWithCrs> districtFile,
                                           Optional<Path> populationFile, List<UnitFile> units) {
        Optional<FileWithCrs> districts = districtFile;
        Map<UnitLevel, UnitFile> byLevel = new EnumMap<>(UnitLevel.class);
        for (UnitFile unit : units) {
            boolean twice = byLevel.put(unit.level(), unit) != null
                    || unit.level() == UnitLevel.DISTRICT && districtFile.isPresent();
            if (twice) {
                throw new InvalidInputException("--units " + unit.level().id() + "=" + unit.file().path().getFileName()
                        + ": the " + unit.level().id() + " level is given twice (--districts FILE is --units"
                        + " district=FILE); give each level one file");
            }
        }
        if (byLevel.containsKey(UnitLevel.DISTRICT)) {
            districts = Optional.of(byLevel.remove(UnitLevel.DISTRICT).file());
        }
        return new DatasetSources(osmFile, facilityFiles, residentialFile, districts, populationFile,
                List.copyOf(byLevel.values()), FacilityReplacement.CATEGORIES, Optional.empty());
    }
}
