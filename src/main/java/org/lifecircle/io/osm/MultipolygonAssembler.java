package org.lifecircle.io.osm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Joins the member ways of a multipolygon relation into rings and the rings into polygons.
 *
 * <p>Ways with role outer (or no role, the old convention) form outer rings, ways with role inner
 * form holes; open ways are joined end to end with JTS {@link LineMerger}, and every joined line
 * must close. Each hole goes to the smallest outer ring around it, so an island inside a hole
 * stays a separate polygon. Members of other types or roles (label nodes, subareas) are ignored.
 * A member way missing from the file, or one with missing nodes, makes the relation unusable: an
 * extract cut through it, and a partial outline would be wrong, not just smaller.
 */
final class MultipolygonAssembler {

    /** Either a polygon (not yet checked for validity) or the reason there is none. */
    record Assembly(Geometry polygon, String problem) {
    }

    private final WayRefs ways;
    private final AreaGeometries geometries;
    private final GeometryFactory factory;

    MultipolygonAssembler(WayRefs ways, AreaGeometries geometries) {
        this.ways = ways;
        this.geometries = geometries;
        this.factory = geometries.factory();
    }

    Assembly assemble(List<OsmMember> members) {
        List<LineString> outer = new ArrayList<>();
        List<LineString> inner = new ArrayList<>();
        for (OsmMember member : members) {
            boolean isInner = member.role().equals("inner");
            boolean isOuter = member.role().isEmpty() || member.role().equals("outer");
            if (!member.type().equals("way") || !(isInner || isOuter)) {
                continue;
            }
            int way = ways.indexOf(member.ref());
            if (way < 0) {
                return failed("member way/" + member.ref() + " is not in the file");
            }
            if (!ways.isComplete(way)) {
                return failed("member way/" + member.ref() + " has nodes that are not in the file");
            }
            if (ways.refCount(way) >= 2) {
                (isInner ? inner : outer).add(geometries.line(way));
            }
        }
        if (outer.isEmpty()) {
            return failed("has no outer member way");
        }
        List<LinearRing> outerRings = rings(outer);
        List<LinearRing> innerRings = rings(inner);
        if (outerRings == null || innerRings == null) {
            return failed("its " + (outerRings == null ? "outer" : "inner") + " ways do not join into closed rings");
        }
        try {
            return withHoles(outerRings, innerRings);
        } catch (TopologyException e) {
            return failed("its rings are too broken to tell holes from outlines (" + e.getMessage() + ")");
        }
    }

    /** Joined rings, or null when some joined line stays open or too short to be a ring. */
    private List<LinearRing> rings(List<LineString> lines) {
        LineMerger merger = new LineMerger();
        merger.add(lines);
        @SuppressWarnings("unchecked")
        Collection<LineString> merged = merger.getMergedLineStrings();
        List<LinearRing> rings = new ArrayList<>(merged.size());
        for (LineString line : merged) {
            if (!line.isClosed() || line.getNumPoints() < 4) {
                return null;
            }
            rings.add(factory.createLinearRing(line.getCoordinateSequence()));
        }
        return rings;
    }

    private Assembly withHoles(List<LinearRing> outerRings, List<LinearRing> innerRings) {
        List<Polygon> shells = new ArrayList<>(outerRings.size());
        List<List<LinearRing>> holes = new ArrayList<>(outerRings.size());
        for (LinearRing ring : outerRings) {
            shells.add(factory.createPolygon(ring));
            holes.add(new ArrayList<>());
        }
        for (LinearRing ring : innerRings) {
            int owner = smallestShellAround(shells, ring);
            if (owner < 0) {
                return failed("an inner ring lies outside every outer ring");
            }
            holes.get(owner).add(ring);
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = factory.createPolygon(outerRings.get(i), holes.get(i).toArray(LinearRing[]::new));
        }
        Geometry polygon = polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
        return new Assembly(polygon, null);
    }

    /**
     * The smallest shell that covers the whole ring; for a ring that crosses its shell (invalid,
     * repaired later) the smallest shell around the ring's interior point; -1 when none.
     */
    private int smallestShellAround(List<Polygon> shells, LinearRing ring) {
        int owner = smallestShellCovering(shells, ring);
        if (owner < 0) {
            Point inside = factory.createPolygon(ring).getInteriorPoint();
            owner = inside.isEmpty() ? -1 : smallestShellCovering(shells, inside);
        }
        return owner;
    }

    private static int smallestShellCovering(List<Polygon> shells, Geometry part) {
        int owner = -1;
        for (int i = 0; i < shells.size(); i++) {
            boolean around = shells.get(i).covers(part);
            if (around && (owner < 0 || shells.get(i).getArea() < shells.get(owner).getArea())) {
                owner = i;
            }
        }
        return owner;
    }

    private static Assembly failed(String problem) {
        return new Assembly(null, problem);
    }
}
