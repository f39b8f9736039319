package org.lifecircle.service.coverage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Parameters of a network QA run.
 *
 * @param osmFile the OSM extract (.osm.pbf, .osm, .osm.gz, .osm.bz2)
 * @param outFolder where nodes.csv, edges.csv and summary.json go
 * @param sourceNodesFile optional list of source node ids for one search
 * @param maxWalkMeters search limit
 * @param minComponentNodes components smaller than this are dropped and counted
 * @param privateWalkable whether access=private ways and barriers are open
 */
public record NetworkQaRequest(Path osmFile, Path outFolder, Optional<Path> sourceNodesFile, double maxWalkMeters,
                               int minComponentNodes, boolean privateWalkable) {
}
