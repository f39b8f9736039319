package org.lifecircle.io.osm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Builds WGS84 outlines from remembered ways: closed ways directly, multipolygon relations through
 * {@link MultipolygonAssembler}. Every outline is checked; an invalid one (a bow-tie, a ring that
 * touches itself, overlapping outers) is repaired with JTS {@link GeometryFixer} and flagged.
 */
final class AreaGeometries {

    /** WGS84 longitude/latitude. */
    static final int WGS84_SRID = 4326;

    private final WayRefs ways;
    private final NodeCoordinates coordinates;
    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), WGS84_SRID);

    AreaGeometries(WayRefs ways, NodeCoordinates coordinates) {
        this.ways = ways;
        this.coordinates = coordinates;
    }

    GeometryFactory factory() {
        return factory;
    }

    /** The outline of a way that must be closed and complete. */
    AreaShape closedWay(int way) {
        if (!ways.isComplete(way)) {
            return AreaShape.problem("has nodes that are not in the file (clipped by the extract)");
        }
        if (!ways.isClosedRing(way)) {
            return AreaShape.problem("is not a closed way");
        }
        Coordinate[] ring = coordinatesOf(way);
        if (distinctCount(ring) < 3) {
            return AreaShape.problem("has fewer than three distinct nodes");
        }
        return checked(factory.createPolygon(ring));
    }

    /** The outline of a multipolygon relation from its outer and inner member ways. */
    AreaShape multipolygon(List<OsmMember> members) {
        MultipolygonAssembler.Assembly assembly = new MultipolygonAssembler(ways, this).assemble(members);
        return assembly.problem() != null ? AreaShape.problem(assembly.problem()) : checked(assembly.polygon());
    }

    /** The line through the nodes of a complete way. */
    LineString line(int way) {
        return factory.createLineString(coordinatesOf(way));
    }

    /** Entrance nodes (by coordinate slot) among the nodes of the given ways, each once, in way order. */
    List<Coordinate> entrancesOn(List<Integer> wayIndexes, BitSet entranceSlots) {
        Set<Integer> found = new LinkedHashSet<>();
        for (int way : wayIndexes) {
            for (int i = 0; i < ways.refCount(way); i++) {
                int slot = ways.slot(way, i);
                if (slot != WayRefs.MISSING && entranceSlots.get(slot)) {
                    found.add(slot);
                }
            }
        }
        List<Coordinate> entrances = new ArrayList<>(found.size());
        for (int slot : found) {
            entrances.add(new Coordinate(coordinates.lon(slot), coordinates.lat(slot)));
        }
        return entrances;
    }

    /** Valid outlines pass; invalid ones are fixed, keeping only their polygonal parts. */
    AreaShape checked(Geometry outline) {
        if (outline.isValid()) {
            return AreaShape.of(outline, false);
        }
        Geometry fixed = factory.buildGeometry(PolygonExtracter.getPolygons(GeometryFixer.fix(outline)));
        if (fixed.isEmpty() || fixed.getArea() == 0) {
            return AreaShape.problem("outline is invalid and has no area left after repair");
        }
        return AreaShape.of(fixed, true);
    }

    private Coordinate[] coordinatesOf(int way) {
        Coordinate[] out = new Coordinate[ways.refCount(way)];
        for (int i = 0; i < out.length; i++) {
            int slot = ways.slot(way, i);
            out[i] = new Coordinate(coordinates.lon(slot), coordinates.lat(slot));
        }
        return out;
    }

    private static int distinctCount(Coordinate[] ring) {
        return new LinkedHashSet<>(List.of(ring)).size();
    }
}
