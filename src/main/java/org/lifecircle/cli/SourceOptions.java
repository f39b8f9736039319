package org.lifecircle.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.model.FacilityReplacement;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.options.Defaults;
import org.lifecircle.service.coverage.DatasetSources;
import org.lifecircle.units.UnitFile;
import picocli.CommandLine.Option;

/** The input files shared by {@code coverage}, {@code batch} and {@code import}. */
final class SourceOptions {

    @Option(names = "--osm", paramLabel = "FILE", description = "OSM extract (.osm.pbf, .osm, .osm.gz, .osm.bz2).")
    Path osm;

    @Option(names = "--facilities", paramLabel = "FILE[@CRS]",
            description = "Facility file (CSV, GeoJSON, Shapefile .shp/.zip, GeoPackage); repeatable. "
                    + "CRS: wgs84, gcj02, bd09, cgcs2000, epsg:NNNN. Default: facilities from the OSM file.")
    List<String> facilities = new ArrayList<>();

    @Option(names = "--facilities-replace", paramLabel = "all|categories",
            defaultValue = Defaults.FACILITY_REPLACEMENT_TEXT,
            description = "What the facility files replace of the OSM facilities: categories (default: only the"
                    + " facility categories the files contain, e.g. an elderly-care list keeps OSM's kindergartens and"
                    + " shops) or all (the files are the whole list).")
    FacilityReplacement facilitiesReplace = Defaults.FACILITY_REPLACEMENT;

    @Option(names = "--residential", paramLabel = "FILE[@CRS]",
            description = "Residential area polygons. Default: landuse/buildings from the OSM file.")
    String residential;

    @Option(names = "--districts", paramLabel = "FILE[@CRS]", description = "District boundaries (e.g. adcode, name).")
    String districts;

    @Option(names = "--units", paramLabel = "LEVEL=FILE[@CRS]",
            description = "Unit boundaries of a level: district, street or community (e.g. street=streets.geojson);"
                    + " repeatable, one file per level. --districts FILE is --units district=FILE.")
    List<UnitFile> units = new ArrayList<>();

    @Option(names = "--gates", paramLabel = "FILE[@CRS]",
            description = "Compound gates as points (e.g. a survey or a map's 出入口 points): each within "
                    + "10 m of a residential area's outline becomes one of its entrances, and the area is then reached only"
                    + " through them.")
    String gates;

    @Option(names = "--population", paramLabel = "FILE",
            description = "District census totals (CSV: adcode/name and a population column) to scale estimates to.")
    Path population;

    /** Whether any input file option was given. */
    boolean anyGiven() {
        return osm != null || !facilities.isEmpty() || residential != null || districts != null || population != null
                || !units.isEmpty() || gates != null;
    }

    /** The files; {@code --osm} is required here (the alternative is named in the message). */
    DatasetSources toSources(String alternative) {
        if (osm == null) {
            throw new InvalidInputException("missing --osm FILE (or " + alternative + ")");
        }
        return DatasetSources.withUnits(osm, facilities.stream().map(FileWithCrs::parse).toList(),
                Optional.ofNullable(residential).map(FileWithCrs::parse),
                Optional.ofNullable(districts).map(FileWithCrs::parse), Optional.ofNullable(population), units)
                .withFacilityReplacement(facilitiesReplace).withGates(Optional.ofNullable(gates).map(FileWithCrs::parse));
    }
}
