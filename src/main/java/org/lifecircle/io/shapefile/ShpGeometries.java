package org.lifecircle.io.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.lifecircle.model.InvalidInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Decodes the shape records of a .shp file (ESRI Shapefile Technical Description, 1998): Point,
 * MultiPoint, PolyLine and Polygon with their Z and M variants. Only x and y are read; the Z and M
 * blocks that follow them are skipped, since the record length says where the next record starts.
 * MultiPatch (3D surfaces) is rejected.
 */
final class ShpGeometries {

    static final int NULL_SHAPE = 0;
    private static final int POINT = 1;
    private static final int POLYLINE = 3;
    private static final int POLYGON = 5;
    private static final int MULTIPOINT = 8;
    private static final int MULTIPATCH = 31;

    private final GeometryFactory factory;
    private final ShpRings rings;

    ShpGeometries(GeometryFactory factory) {
        this.factory = factory;
        this.rings = new ShpRings(factory);
    }

    /** The basic type of a shape type code: 11/21 -> 1 (point), 13/23 -> 3, 15/25 -> 5, 18/28 -> 8. */
    static int baseType(int shapeType) {
        return shapeType == NULL_SHAPE || shapeType == MULTIPATCH ? shapeType : shapeType % 10;
    }

    /** A readable name for a shape type code, for messages. */
    static String typeName(int shapeType) {
        String suffix = shapeType > 20 ? "M" : shapeType > 10 ? "Z" : "";
        return switch (baseType(shapeType)) {
            case NULL_SHAPE -> "Null";
            case POINT -> "Point" + suffix;
            case POLYLINE -> "PolyLine" + suffix;
            case POLYGON -> "Polygon" + suffix;
            case MULTIPOINT -> "MultiPoint" + suffix;
            case MULTIPATCH -> "MultiPatch";
            default -> "unknown type " + shapeType;
        };
    }

    /**
     * Decodes one record's content (starting at its shape type); null for a Null shape.
     *
     * @param content little-endian view of the record content only
     * @param where e.g. "parcels.shp record 7"
     */
    Geometry decode(ByteBuffer content, String where) {
        content.order(ByteOrder.LITTLE_ENDIAN);
        int shapeType = content.getInt(0);
        try {
            return switch (baseType(shapeType)) {
                case NULL_SHAPE -> null;
                case POINT -> factory.createPoint(new Coordinate(content.getDouble(4), content.getDouble(12)));
                case MULTIPOINT -> factory.createMultiPointFromCoords(points(content, 40, content.getInt(36), where));
                case POLYLINE -> lines(content, where);
                case POLYGON -> rings.polygons(parts(content, where), where);
                default -> throw new InvalidInputException(where + ": shape type " + typeName(shapeType)
                        + " is not supported; export points, lines or polygons");
            };
        } catch (IndexOutOfBoundsException e) {
            throw new InvalidInputException(where + ": the record is shorter than its shape needs; the .shp file is"
                    + " damaged, export it again", e);
        }
    }

    /** The parts of a PolyLine or Polygon record as coordinate arrays. */
    private Coordinate[][] parts(ByteBuffer content, String where) {
        int numParts = content.getInt(36);
        int numPoints = content.getInt(40);
        int pointsStart = 44 + 4 * numParts;
        if (numParts < 1 || numPoints < 0 || pointsStart + 16L * numPoints > content.limit()) {
            throw new InvalidInputException(where + ": " + numParts + " parts / " + numPoints + " points do not fit the"
                    + " record; the .shp file is damaged, export it again");
        }
        Coordinate[] all = points(content, pointsStart, numPoints, where);
        Coordinate[][] parts = new Coordinate[numParts][];
        for (int p = 0; p < numParts; p++) {
            int from = content.getInt(44 + 4 * p);
            int to = p + 1 < numParts ? content.getInt(44 + 4 * (p + 1)) : numPoints;
            if (from < 0 || to > numPoints || from > to) {
                throw new InvalidInputException(where + ": part " + (p + 1) + " has invalid point indexes " + from
                        + ".." + to + "; the .shp file is damaged, export it again");
            }
            parts[p] = Arrays.copyOfRange(all, from, to);
        }
        return parts;
    }

    private Geometry lines(ByteBuffer content, String where) {
        Coordinate[][] parts = parts(content, where);
        LineString[] lines = new LineString[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].length < 2) {
                throw new InvalidInputException(where + ": line part " + (i + 1) + " has " + parts[i].length
                        + " point(s); a line needs at least 2");
            }
            lines[i] = factory.createLineString(parts[i]);
        }
        return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
    }

    private static Coordinate[] points(ByteBuffer content, int start, int count, String where) {
        if (count < 0 || start + 16L * count > content.limit()) {
            throw new InvalidInputException(where + ": " + count + " points do not fit the record; the .shp file is"
                    + " damaged, export it again");
        }
        Coordinate[] result = new Coordinate[count];
        for (int i = 0; i < count; i++) {
            result[i] = new Coordinate(content.getDouble(start + 16 * i), content.getDouble(start + 16 * i + 8));
        }
        return result;
    }
}
