package org.lifecircle.io.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.lifecircle.io.export.RingOrder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Encodes the .shp and .shx parts of a Shapefile (ESRI Shapefile Technical Description, 1998) for
 * Point or Polygon layers: big-endian file code, length and record headers, little-endian content.
 * Polygon records list every ring of every part; outer rings are written clockwise and holes
 * counter-clockwise, as the format requires (readers tell them apart by orientation alone).
 * Record lengths are exact: GDAL refuses records whose stated length runs past the file.
 */
final class ShpEncoder {

    static final int POINT = 1;
    static final int POLYGON = 5;
    private static final int FILE_CODE = 9994;
    private static final int VERSION = 1000;
    private static final int HEADER_BYTES = 100;
    private static final int RECORD_HEADER_BYTES = 8;

    /** The two encoded files. */
    record Parts(byte[] shp, byte[] shx) {
    }

    private ShpEncoder() {
    }

    /** Encodes the geometries (already in the output system), one record each, in order. */
    static Parts encode(List<Geometry> geometries, boolean points) {
        List<byte[]> contents = new ArrayList<>(geometries.size());
        Envelope extent = new Envelope();
        for (Geometry geometry : geometries) {
            contents.add(points ? point((Point) geometry) : polygon(geometry));
            extent.expandToInclude(geometry.getEnvelopeInternal());
        }
        int shpBytes = HEADER_BYTES;
        for (byte[] content : contents) {
            shpBytes += RECORD_HEADER_BYTES + content.length;
        }
        int shxBytes = HEADER_BYTES + RECORD_HEADER_BYTES * contents.size();
        ByteBuffer shp = header(shpBytes, points ? POINT : POLYGON, extent);
        ByteBuffer shx = header(shxBytes, points ? POINT : POLYGON, extent);
        int offset = HEADER_BYTES;
        for (int i = 0; i < contents.size(); i++) {
            byte[] content = contents.get(i);
            shp.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(content.length / 2).put(content);
            shx.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(content.length / 2);
            offset += RECORD_HEADER_BYTES + content.length;
        }
        return new Parts(shp.array(), shx.array());
    }

    private static ByteBuffer header(int fileBytes, int shapeType, Envelope extent) {
        ByteBuffer buffer = ByteBuffer.allocate(fileBytes);
        buffer.order(ByteOrder.BIG_ENDIAN).putInt(FILE_CODE);
        buffer.position(24);
        buffer.putInt(fileBytes / 2);
        buffer.order(ByteOrder.LITTLE_ENDIAN).putInt(VERSION).putInt(shapeType);
        boolean empty = extent.isNull();
        buffer.putDouble(empty ? 0 : extent.getMinX()).putDouble(empty ? 0 : extent.getMinY())
                .putDouble(empty ? 0 : extent.getMaxX()).putDouble(empty ? 0 : extent.getMaxY());
        buffer.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        return buffer;
    }

    private static byte[] point(Point point) {
        ByteBuffer content = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        content.putInt(POINT).putDouble(point.getX()).putDouble(point.getY());
        return content.array();
    }

    /** A Polygon record for a Polygon or MultiPolygon: all rings as parts. */
    private static byte[] polygon(Geometry geometry) {
        List<Coordinate[]> rings = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            rings.add(RingOrder.oriented(polygon.getExteriorRing().getCoordinates(), false));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                rings.add(RingOrder.oriented(polygon.getInteriorRingN(h).getCoordinates(), true));
            }
        }
        int pointCount = rings.stream().mapToInt(r -> r.length).sum();
        ByteBuffer content = ByteBuffer.allocate(44 + 4 * rings.size() + 16 * pointCount).order(ByteOrder.LITTLE_ENDIAN);
        Envelope box = geometry.getEnvelopeInternal();
        content.putInt(POLYGON).putDouble(box.getMinX()).putDouble(box.getMinY()).putDouble(box.getMaxX())
                .putDouble(box.getMaxY()).putInt(rings.size()).putInt(pointCount);
        int start = 0;
        for (Coordinate[] ring : rings) {
            content.putInt(start);
            start += ring.length;
        }
        for (Coordinate[] ring : rings) {
            for (Coordinate c : ring) {
                content.putDouble(c.x).putDouble(c.y);
            }
        }
        return content.array();
    }
}
