package org.lifecircle.io.shapefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lifecircle.model.InvalidInputException;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Groups the rings of a Shapefile polygon record into polygons. The format marks outer rings by
 * clockwise order and holes by counter-clockwise order, without saying which hole belongs to which
 * outer ring: each hole goes to the smallest outer ring that contains it. A "hole" inside no outer
 * ring was written with the wrong orientation and becomes an outer ring itself (as GDAL does).
 * Rings that do not repeat their first point are closed.
 */
final class ShpRings {

    private final GeometryFactory factory;

    ShpRings(GeometryFactory factory) {
        this.factory = factory;
    }

    /** A Polygon for one outer ring, else a MultiPolygon. */
    Geometry polygons(Coordinate[][] parts, String where) {
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            LinearRing ring = ring(parts[i], where, i + 1);
            (Orientation.isCCW(ring.getCoordinateSequence()) ? holes : shells).add(ring);
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        shells.forEach(s -> holesOf.add(new ArrayList<>()));
        for (LinearRing hole : holes) {
            int owner = smallestContaining(shells, hole);
            if (owner < 0) {
                shells.add(hole);
                holesOf.add(new ArrayList<>());
            } else {
                holesOf.get(owner).add(hole);
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = factory.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
        }
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    private LinearRing ring(Coordinate[] points, String where, int partNumber) {
        Coordinate[] closed = points;
        if (points.length > 0 && !points[0].equals2D(points[points.length - 1])) {
            closed = Arrays.copyOf(points, points.length + 1);
            closed[points.length] = points[0].copy();
        }
        if (closed.length < 4) {
            throw new InvalidInputException(where + ": polygon ring " + partNumber + " has " + points.length
                    + " point(s); a ring needs at least 3 distinct points");
        }
        return factory.createLinearRing(closed);
    }

    /** The index of the smallest shell whose area contains the hole, or -1. */
    private static int smallestContaining(List<LinearRing> shells, LinearRing hole) {
        int best = -1;
        double bestArea = Double.MAX_VALUE;
        for (int i = 0; i < shells.size(); i++) {
            LinearRing shell = shells.get(i);
            if (!shell.getEnvelopeInternal().covers(hole.getEnvelopeInternal())) {
                continue;
            }
            if (!isInside(hole, shell)) {
                continue;
            }
            double area = shell.getEnvelopeInternal().getArea();
            if (area < bestArea) {
                best = i;
                bestArea = area;
            }
        }
        return best;
    }

    /** True when a vertex of the hole that is not on the shell's boundary lies inside the shell. */
    private static boolean isInside(LinearRing hole, LinearRing shell) {
        Coordinate[] shellPoints = shell.getCoordinates();
        for (Coordinate c : hole.getCoordinates()) {
            if (PointLocation.isOnLine(c, shellPoints)) {
                continue;
            }
            return PointLocation.isInRing(c, shellPoints);
        }
        return true;
    }
}
