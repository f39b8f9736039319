package org.lifecircle.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.network.TestNetwork;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Units drawn as ASCII art for tests: each character is a 100 m x 100 m cell, the first line is
 * the northernmost, and the cells of one letter make one unit whose code is the letter ('.' is
 * no unit). Cell (column c, line r from the bottom) spans x 100c..100(c+1), y 100r..100(r+1)
 * metres from the test origin.
 */
public final class DrawnUnits {

    public static final double CELL_METERS = 100;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private DrawnUnits() {
    }

    /** The units of a drawing, in the order their letters first appear, with no parent. */
    public static List<AdminUnit> of(UnitLevel level, String... lines) {
        Map<Character, List<Geometry>> cells = new LinkedHashMap<>();
        for (int line = 0; line < lines.length; line++) {
            int row = lines.length - 1 - line;
            for (int column = 0; column < lines[line].length(); column++) {
                char letter = lines[line].charAt(column);
                if (letter != '.' && letter != ' ') {
                    cells.computeIfAbsent(letter, k -> new ArrayList<>()).add(box(column * CELL_METERS,
                            row * CELL_METERS, (column + 1) * CELL_METERS, (row + 1) * CELL_METERS));
                }
            }
        }
        List<AdminUnit> units = new ArrayList<>();
        cells.forEach((letter, boxes) -> units.add(unit(level, String.valueOf(letter), UnaryUnionOp.union(boxes))));
        return units;
    }

    public static AdminUnit unit(UnitLevel level, String code, Geometry boundary) {
        return new AdminUnit(level, code, "unit " + code, "", boundary, "drawn " + code);
    }

    /** A rectangle in metres from the test origin, as a WGS84 polygon. */
    public static Geometry box(double x0, double y0, double x1, double y1) {
        return GEOMETRY.createPolygon(new Coordinate[] {c(x0, y0), c(x1, y0), c(x1, y1), c(x0, y1), c(x0, y0)});
    }

    private static Coordinate c(double x, double y) {
        return new Coordinate(TestNetwork.lon(x), TestNetwork.lat(y));
    }
}
