package org.lifecircle.demo;

import java.util.List;

/**
 * An axis-parallel rectangle of the plan, in metres.
 *
 * @param westMeters west edge
 * @param southMeters south edge
 * @param eastMeters east edge
 * @param northMeters north edge
 */
record Rect(double westMeters, double southMeters, double eastMeters, double northMeters) {

    Rect {
        if (!(westMeters < eastMeters && southMeters < northMeters)) {
            throw new IllegalArgumentException("empty rectangle " + westMeters + "," + southMeters + " - "
                    + eastMeters + "," + northMeters);
        }
    }

    static Rect of(double westMeters, double southMeters, double eastMeters, double northMeters) {
        return new Rect(westMeters, southMeters, eastMeters, northMeters);
    }

    /** The closed outline, counter-clockwise from the south-west corner (first point repeated last). */
    List<Xy> ring() {
        return List.of(Xy.of(westMeters, southMeters), Xy.of(eastMeters, southMeters), Xy.of(eastMeters, northMeters),
                Xy.of(westMeters, northMeters), Xy.of(westMeters, southMeters));
    }

    Rect inset(double meters) {
        return new Rect(westMeters + meters, southMeters + meters, eastMeters - meters, northMeters - meters);
    }

    Xy centre() {
        return Xy.of((westMeters + eastMeters) / 2, (southMeters + northMeters) / 2);
    }

    double widthMeters() {
        return eastMeters - westMeters;
    }

    double heightMeters() {
        return northMeters - southMeters;
    }

    double areaSquareMeters() {
        return widthMeters() * heightMeters();
    }

    /** Whether the point lies on the outline (within a millimetre). */
    boolean isOnOutline(Xy point) {
        double tolerance = 1e-3;
        double east = point.eastMeters();
        double north = point.northMeters();
        boolean insideX = east >= westMeters - tolerance && east <= eastMeters + tolerance;
        boolean insideY = north >= southMeters - tolerance && north <= northMeters + tolerance;
        boolean onVertical = Math.abs(east - westMeters) < tolerance || Math.abs(east - eastMeters) < tolerance;
        boolean onHorizontal = Math.abs(north - southMeters) < tolerance || Math.abs(north - northMeters) < tolerance;
        return insideX && insideY && (onVertical || onHorizontal);
    }
}
