package org.lifecircle.store.jdbc;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Geometries to and from WKB, the form both databases take ({@code ST_GeomFromWKB(?, 4326)}) and
 * give ({@code ST_AsBinary}). WKB keeps every double exactly, so geometries round-trip unchanged.
 * Readers and writers are not thread-safe: one per call.
 */
final class Wkb {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Wkb() {
    }

    static byte[] write(Geometry geometry) {
        return new WKBWriter(2).write(geometry);
    }

    static byte[] point(double lon, double lat) {
        return write(FACTORY.createPoint(new Coordinate(lon, lat)));
    }

    static byte[] line(double[] lonLat) {
        Coordinate[] coordinates = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return write(FACTORY.createLineString(coordinates));
    }

    /** The entrances as a MultiPoint, or null when there are none (stored as SQL NULL). */
    static byte[] points(List<Coordinate> points) {
        if (points.isEmpty()) {
            return null;
        }
        return write(FACTORY.createMultiPointFromCoords(points.stream().map(c -> new Coordinate(c.x, c.y))
                .toArray(Coordinate[]::new)));
    }

    static Geometry read(byte[] bytes) {
        try {
            return new WKBReader(FACTORY).read(bytes);
        } catch (ParseException e) {
            throw new IllegalStateException("the database returned a geometry that is not WKB: " + e.getMessage(), e);
        }
    }

    /** Coordinates of a MultiPoint; empty for null. */
    static List<Coordinate> coordinates(byte[] multiPoint) {
        if (multiPoint == null) {
            return List.of();
        }
        MultiPoint points = (MultiPoint) read(multiPoint);
        return List.of(points.getCoordinates());
    }

    static double[] lonLat(byte[] line) {
        Coordinate[] coordinates = read(line).getCoordinates();
        double[] lonLat = new double[2 * coordinates.length];
        for (int i = 0; i < coordinates.length; i++) {
            lonLat[2 * i] = coordinates[i].x;
            lonLat[2 * i + 1] = coordinates[i].y;
        }
        return lonLat;
    }
}
