package org.lifecircle.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Writes the parts of a small point Shapefile (ESRI white paper, 1998) with two text fields, name and
 * category, for the bad-input corpus: each part is returned as bytes so that a test can zip any
 * subset of them. Written by hand so that the corpus needs no GIS library to be regenerated.
 */
final class CorpusShapefile {

    private static final int HEADER_BYTES = 100;
    private static final int POINT_CONTENT_BYTES = 20;
    private static final int NAME_BYTES = 40;
    private static final int CATEGORY_BYTES = 20;

    /** One point with its attributes; x/y in the units of the file's system. */
    record Point(double x, double y, String name, String category) {
    }

    private final List<Point> points;
    private final Charset charset;

    CorpusShapefile(List<Point> points, Charset charset) {
        this.points = List.copyOf(points);
        this.charset = charset;
    }

    List<Point> points() {
        return points;
    }

    byte[] shp() {
        int recordBytes = 8 + POINT_CONTENT_BYTES;
        ByteBuffer out = header(HEADER_BYTES + points.size() * recordBytes);
        for (int i = 0; i < points.size(); i++) {
            out.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(POINT_CONTENT_BYTES / 2);
            out.order(ByteOrder.LITTLE_ENDIAN).putInt(1).putDouble(points.get(i).x()).putDouble(points.get(i).y());
        }
        return out.array();
    }

    byte[] shx() {
        ByteBuffer out = header(HEADER_BYTES + points.size() * 8).order(ByteOrder.BIG_ENDIAN);
        for (int i = 0; i < points.size(); i++) {
            out.putInt((HEADER_BYTES + i * (8 + POINT_CONTENT_BYTES)) / 2).putInt(POINT_CONTENT_BYTES / 2);
        }
        return out.array();
    }

    /** dBASE III table: deletion flag, name C(40), category C(20); no language driver byte. */
    byte[] dbf() {
        int headerBytes = 32 + 2 * 32 + 1;
        int recordBytes = 1 + NAME_BYTES + CATEGORY_BYTES;
        ByteBuffer out = ByteBuffer.allocate(headerBytes + points.size() * recordBytes + 1)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 3).put((byte) 124).put((byte) 1).put((byte) 1).putInt(points.size())
                .putShort((short) headerBytes).putShort((short) recordBytes);
        out.position(32);
        field(out, "name", NAME_BYTES);
        field(out, "category", CATEGORY_BYTES);
        out.put((byte) 0x0D);
        for (Point p : points) {
            out.put((byte) ' ');
            text(out, p.name(), NAME_BYTES);
            text(out, p.category(), CATEGORY_BYTES);
        }
        out.put((byte) 0x1A);
        return out.array();
    }

    private ByteBuffer header(int fileBytes) {
        ByteBuffer out = ByteBuffer.allocate(fileBytes);
        out.order(ByteOrder.BIG_ENDIAN).putInt(9994).position(24);
        out.putInt(fileBytes / 2);
        out.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(1);
        double minX = points.stream().mapToDouble(Point::x).min().orElse(0);
        double minY = points.stream().mapToDouble(Point::y).min().orElse(0);
        double maxX = points.stream().mapToDouble(Point::x).max().orElse(0);
        double maxY = points.stream().mapToDouble(Point::y).max().orElse(0);
        out.putDouble(minX).putDouble(minY).putDouble(maxX).putDouble(maxY);
        out.position(HEADER_BYTES);
        return out;
    }

    private static void field(ByteBuffer out, String name, int length) {
        byte[] descriptor = new byte[32];
        byte[] nameBytes = name.getBytes(Charset.forName("US-ASCII"));
        System.arraycopy(nameBytes, 0, descriptor, 0, nameBytes.length);
        descriptor[11] = 'C';
        descriptor[16] = (byte) length;
        out.put(descriptor);
    }

    private void text(ByteBuffer out, String value, int length) {
        byte[] bytes = value.getBytes(charset);
        byte[] cell = new byte[length];
        java.util.Arrays.fill(cell, (byte) ' ');
        System.arraycopy(bytes, 0, cell, 0, Math.min(bytes.length, length));
        out.put(cell);
    }
}
