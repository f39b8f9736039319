package org.lifecircle.demo.city;

/**
 * What a generated city holds.
 *
 * @param walkingNodesAsked the size asked for (the walking graph comes within about 2 % of it)
 * @param cellsPerSide grid cells (200 m) along each side
 * @param areas residential areas (compounds, estates, open neighbourhoods)
 * @param compounds gated compounds and estates among them
 * @param osmNodes nodes in network.osm.pbf
 * @param osmWays ways in network.osm.pbf
 * @param plantedGaps planted compounds (river and locked gate), each a gap for two rules
 */
public record CityFigures(int walkingNodesAsked, int cellsPerSide, int districts, int streets, int communities,
                          int areas, int compounds, long residents, int facilities, long osmNodes, long osmWays,
                          int plantedGaps) {
}
