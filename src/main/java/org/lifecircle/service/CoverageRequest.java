package org.lifecircle.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.crs.FileWithCrs;

/**
 * Inputs and parameters of a coverage run ({@code lifecircle coverage} and {@code batch}).
 *
 * @param osmFile the OSM extract: walking network, and facilities/areas when no files are given
 * @param facilityFiles facility files with optional CRS; empty: take facilities from the OSM file
 * @param residentialFile residential areas; empty: take them from the OSM file
 * @param districtFile district boundaries; empty: everything in one group
 * @param populationFile district census totals to scale estimated populations to
 * @param profile profile name or YAML file
 * @param maxWalkMeters when present, replaces every category's threshold
 * @param searchLimitMeters how far to look for a facility when reporting distances of gaps
 * @param maxSnapMeters farthest a facility or access point may be from a walkable way
 * @param outFolder where the outputs go
 */
public record CoverageRequest(Path osmFile, List<FileWithCrs> facilityFiles, Optional<FileWithCrs> residentialFile,
                              Optional<FileWithCrs> districtFile, Optional<Path> populationFile, String profile,
                              OptionalDouble maxWalkMeters, double searchLimitMeters, double maxSnapMeters,
                              Path outFolder) {

    public CoverageRequest {
        facilityFiles = List.copyOf(facilityFiles);
    }
}
