package org.lifecircle.io.osm;

import org.lifecircle.network.GraphBuildReport;
import org.lifecircle.network.WalkingGraph;

/** A walking graph read from an OSM file, with what reading and building kept and dropped. */
public record OsmNetwork(WalkingGraph graph, OsmReadReport read, GraphBuildReport build) {
}
