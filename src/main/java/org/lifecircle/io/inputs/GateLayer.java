package org.lifecircle.io.inputs;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.model.EntrancePoint;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** Reads compound gates ({@code --gates FILE}) from a feature file's rows: points, any other columns ignored. */
public final class GateLayer {

    public List<EntrancePoint> gates(List<SourceFeature> features) {
        List<EntrancePoint> gates = new ArrayList<>(features.size());
        for (SourceFeature feature : features) {
            gates.add(new EntrancePoint(point(feature).getCoordinate(), feature.location()));
        }
        return gates;
    }

    /** The feature's point; a multipoint of one point is that point; anything else is refused. */
    private static Point point(SourceFeature feature) {
        Geometry geometry = feature.geometry();
        if (geometry.getNumGeometries() == 1 && geometry.getGeometryN(0) instanceof Point point && !point.isEmpty()) {
            return point;
        }
        throw new InvalidInputException(feature.location() + ": a gate is one point (lon/lat or x/y columns, or a Point"
                + " geometry), not a " + geometry.getGeometryType());
    }
}
