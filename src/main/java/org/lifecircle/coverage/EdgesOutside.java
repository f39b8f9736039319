package org.lifecircle.coverage;

import java.util.function.IntPredicate;
import org.lifecircle.network.WalkingGraph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The edges a compound's gate leads out to: those whose middle lies outside the compound. A gate is
 * where residents leave a compound, so its access point is on the way outside the wall, not on a
 * path inside that leads to another gate. A gate mapped in OSM sits on the network (both edges at
 * distance 0: the outer one is taken, the walk is the same); a gate from a file ({@code --gates})
 * may lie nearer an inner path than the street it opens on, and would otherwise be snapped inside.
 */
final class EdgesOutside implements IntPredicate {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final WalkingGraph graph;
    private final PreparedGeometry compound;

    EdgesOutside(WalkingGraph graph, Geometry compound) {
        this.graph = graph;
        this.compound = PreparedGeometryFactory.prepare(compound);
    }

    @Override
    public boolean test(int edge) {
        double[] lonLat = graph.edgeLonLat(edge);
        int points = lonLat.length / 2;
        int m = (points - 1) / 2;
        // the middle vertex of an odd shape, else the middle of the middle segment
        double lon = points % 2 == 1 ? lonLat[2 * m] : (lonLat[2 * m] + lonLat[2 * m + 2]) / 2;
        double lat = points % 2 == 1 ? lonLat[2 * m + 1] : (lonLat[2 * m + 1] + lonLat[2 * m + 3]) / 2;
        return !compound.contains(GEOMETRY.createPoint(new Coordinate(lon, lat)));
    }
}
