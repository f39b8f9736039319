package org.lifecircle.io.export;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The .shp and .shx files of a point or polygon layer (ESRI Shapefile Technical Description,
 * 1998): big-endian record headers, little-endian content; polygon outer rings clockwise, holes
 * counter-clockwise, every part of a multipolygon in one record.
 */
final class ShpEncoder {

    private static final int POINT = 1;
    private static final int POLYGON = 5;
    private static final int HEADER_BYTES = 100;

    private final int shapeType;
    private final List<byte[]> records = new ArrayList<>();
    private final Envelope extent = new Envelope();

    ShpEncoder(boolean polygons) {
        this.shapeType = polygons ? POLYGON : POINT;
    }

    void add(Geometry geometry) {
        extent.expandToInclude(geometry.getEnvelopeInternal());
        records.add(shapeType == POINT ? point(geometry.getCoordinate()) : polygon(geometry));
    }

    private static byte[] point(Coordinate c) {
        ByteBuffer b = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(POINT).putDouble(c.x).putDouble(c.y);
        return b.array();
    }

    private static byte[] polygon(Geometry geometry) {
        List<Coordinate[]> rings = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon p = (Polygon) geometry.getGeometryN(i);
            rings.add(oriented(p.getExteriorRing(), false));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(oriented(p.getInteriorRingN(h), true));
            }
        }
        int points = rings.stream().mapToInt(r -> r.length).sum();
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * rings.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
        Envelope e = geometry.getEnvelopeInternal();
        b.putInt(POLYGON).putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putInt(rings.size()).putInt(points);
        int start = 0;
        for (Coordinate[] ring : rings) {
            b.putInt(start);
            start += ring.length;
        }
        for (Coordinate[] ring : rings) {
            for (Coordinate c : ring) {
                b.putDouble(c.x).putDouble(c.y);
            }
        }
        return b.array();
    }

    /** Outer rings clockwise, holes counter-clockwise, as the format requires. */
    private static Coordinate[] oriented(LinearRing ring, boolean hole) {
        Coordinate[] c = ring.getCoordinates();
        if (Orientation.isCCW(c) != hole) {
            Coordinate[] reversed = new Coordinate[c.length];
            for (int i = 0; i < c.length; i++) {
                reversed[i] = c[c.length - 1 - i];
            }
            return reversed;
        }
        return c;
    }

    byte[] shp() {
        int length = HEADER_BYTES + records.stream().mapToInt(r -> 8 + r.length).sum();
        ByteBuffer b = header(length);
        int number = 1;
        for (byte[] record : records) {
            b.order(ByteOrder.BIG_ENDIAN).putInt(number++).putInt(record.length / 2);
            b.put(record);
        }
        return b.array();
    }

    byte[] shx() {
        ByteBuffer b = header(HEADER_BYTES + 8 * records.size());
        int offset = HEADER_BYTES;
        for (byte[] record : records) {
            b.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(record.length / 2);
            offset += 8 + record.length;
        }
        return b.array();
    }

    private ByteBuffer header(int fileBytes) {
        ByteBuffer b = ByteBuffer.allocate(fileBytes);
        b.order(ByteOrder.BIG_ENDIAN).putInt(9994).put(new byte[20]).putInt(fileBytes / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(shapeType);
        Envelope e = extent.isNull() ? new Envelope(0, 0, 0, 0) : extent;
        b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        return b;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
