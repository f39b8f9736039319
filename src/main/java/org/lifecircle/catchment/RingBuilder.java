package org.lifecircle.catchment;

import org.locationtech.jts.geom.Coordinate;

/**
 * Collects one face walk of {@link ThinOutline}: the offset ring's points with their bounding box,
 * and the signed area of the plain (unoffset) walk, positive for a bounded face walked
 * counter-clockwise, zero or negative for the walk round the outside.
 */
final class RingBuilder {

    private final DoubleList offset = new DoubleList(256);
    private double firstPlainX;
    private double firstPlainY;
    private double lastPlainX;
    private double lastPlainY;
    private boolean anyPlain;
    private double twiceArea;
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;

    void clear() {
        offset.truncate(0);
        anyPlain = false;
        twiceArea = 0;
        minX = Double.POSITIVE_INFINITY;
        minY = Double.POSITIVE_INFINITY;
        maxX = Double.NEGATIVE_INFINITY;
        maxY = Double.NEGATIVE_INFINITY;
    }

    /** Adds a point of the offset ring. */
    void add(double x, double y) {
        offset.add(x);
        offset.add(y);
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }

    /** Adds a point of the plain walk (for its area). */
    void addPlain(double x, double y) {
        if (!anyPlain) {
            firstPlainX = x;
            firstPlainY = y;
            anyPlain = true;
        } else {
            twiceArea += (lastPlainX - firstPlainX) * (y - firstPlainY) - (x - firstPlainX) * (lastPlainY - firstPlainY);
        }
        lastPlainX = x;
        lastPlainY = y;
    }

    /** Signed area of the plain walk (coordinates taken relative to its first point). */
    double plainArea() {
        return twiceArea / 2;
    }

    /** The narrower side of the offset ring's bounding box. */
    double minWidth() {
        return Math.min(maxX - minX, maxY - minY);
    }

    /** The offset ring, closed. */
    Coordinate[] closedPoints() {
        int n = offset.size() / 2;
        Coordinate[] points = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            points[i] = new Coordinate(offset.get(2 * i), offset.get(2 * i + 1));
        }
        points[n] = points[0].copy();
        return points;
    }
}
