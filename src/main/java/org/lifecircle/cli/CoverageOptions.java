package org.lifecircle.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.coverage.CoverageAnalysis;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.profile.ProfileFiles;
import org.lifecircle.network.Snapper;
import org.lifecircle.service.CoverageRequest;
import picocli.CommandLine.Option;

/** The inputs shared by {@code coverage} and {@code batch}. */
final class CoverageOptions {

    @Option(names = "--osm", required = true, paramLabel = "FILE", description = "OSM extract (.osm.pbf, .osm, .osm.gz, .osm.bz2).")
    Path osm;

    @Option(names = "--facilities", paramLabel = "FILE[@CRS]",
            description = "Facility file (CSV, GeoJSON, Shapefile .shp/.zip, GeoPackage); repeatable. "
                    + "CRS: wgs84, gcj02, bd09, cgcs2000, epsg:NNNN. Default: facilities from the OSM file.")
    List<String> facilities = new ArrayList<>();

    @Option(names = "--residential", paramLabel = "FILE[@CRS]",
            description = "Residential area polygons. Default: landuse/buildings from the OSM file.")
    String residential;

    @Option(names = "--districts", paramLabel = "FILE[@CRS]", description = "District boundaries (e.g. adcode, name).")
    String districts;

    @Option(names = "--population", paramLabel = "FILE",
            description = "District census totals (CSV: adcode/name and a population column) to scale estimates to.")
    Path population;

    @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = ProfileFiles.DEFAULT_PROFILE,
            description = "Policy profile: gb50180-2018, tianjin-2022 or a YAML file (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--max-walk-meters", paramLabel = "M",
            description = "Use this walking threshold for every category instead of the profile's.")
    Double maxWalkMeters;

    @Option(names = "--search-limit-meters", paramLabel = "M", defaultValue = "" + CoverageAnalysis.DEFAULT_SEARCH_LIMIT_METERS,
            description = "Report distances of gaps up to this far (default: ${DEFAULT-VALUE}).")
    double searchLimitMeters;

    @Option(names = "--max-snap-meters", paramLabel = "M", defaultValue = "" + Snapper.DEFAULT_MAX_SNAP_METERS,
            description = "Farthest a facility or area may be from a walkable way (default: ${DEFAULT-VALUE}).")
    double maxSnapMeters;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    CoverageRequest toRequest() {
        if (maxWalkMeters != null) {
            Options.requirePositive("--max-walk-meters", maxWalkMeters);
        }
        Options.requirePositive("--search-limit-meters", searchLimitMeters);
        Options.requirePositive("--max-snap-meters", maxSnapMeters);
        return new CoverageRequest(osm, facilities.stream().map(FileWithCrs::parse).toList(),
                Optional.ofNullable(residential).map(FileWithCrs::parse),
                Optional.ofNullable(districts).map(FileWithCrs::parse), Optional.ofNullable(population), profile,
                maxWalkMeters == null ? OptionalDouble.empty() : OptionalDouble.of(maxWalkMeters), searchLimitMeters,
                maxSnapMeters, out);
    }
}
