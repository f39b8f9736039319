package org.lifecircle.io.osm;

/**
 * What reading the OSM file found, before the graph was built.
 *
 * @param nodesRead nodes in the file
 * @param waysRead ways in the file
 * @param walkableWays ways the pedestrian access rules accepted
 * @param blockingBarriers node occurrences on walkable ways where a barrier cut the way
 * @param missingNodeRefs node references of walkable ways whose node is not in the file (ways
 *     clipped at the extract's edge); the way is cut there
 * @param duplicateNodes node ids that occurred again after their first occurrence (ignored)
 */
public record OsmReadReport(long nodesRead, long waysRead, int walkableWays, int blockingBarriers,
                            int missingNodeRefs, DuplicateNodes duplicateNodes) {
}
