package org.lifecircle.io.export;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The .dbf (dBASE III) attribute table of a Shapefile: fixed-width records in the chosen
 * encoding. Text longer than its field is cut at a character boundary, never inside a GBK or
 * UTF-8 sequence. The language driver byte says cp936 for GBK (UTF-8 has none; the .cpg says it).
 */
final class DbfEncoder {

    private static final byte LANGUAGE_DRIVER_CP936 = 0x4D;

    private final List<ExportField> fields;
    private final Charset encoding;
    private final ByteArrayOutputStream records = new ByteArrayOutputStream();
    private int count;

    DbfEncoder(List<ExportField> fields, Charset encoding) {
        this.fields = fields;
        this.encoding = encoding;
    }

    void add(List<Object> values) {
        records.write(' ');
        for (int i = 0; i < fields.size(); i++) {
            records.writeBytes(cell(fields.get(i), values.get(i)));
        }
        count++;
    }

    private byte[] cell(ExportField field, Object value) {
        byte[] cell = new byte[field.width()];
        Arrays.fill(cell, (byte) ' ');
        if (value == null) {
            return cell;
        }
        String text = switch (field.type()) {
            case BOOLEAN -> (Boolean) value ? "T" : "F";
            case REAL -> String.format(Locale.ROOT, "%." + field.decimals() + "f", ((Number) value).doubleValue());
            case INTEGER -> Long.toString(((Number) value).longValue());
            case TEXT -> value.toString();
        };
        byte[] bytes = field.type() == ExportField.Type.TEXT ? fit(text, field.width()) : text.getBytes(StandardCharsets.US_ASCII);
        int length = Math.min(bytes.length, cell.length);
        int start = field.type() == ExportField.Type.TEXT ? 0 : cell.length - length;
        System.arraycopy(bytes, 0, cell, start, length);
        return cell;
    }

    /** The text's bytes, cut to whole characters within the width. */
    private byte[] fit(String text, int width) {
        byte[] bytes = text.getBytes(encoding);
        int end = text.length();
        while (bytes.length > width) {
            end = text.offsetByCodePoints(end, -1);
            bytes = text.substring(0, end).getBytes(encoding);
        }
        return bytes;
    }

    byte[] dbf() {
        int headerBytes = 32 + 32 * fields.size() + 1;
        int recordBytes = 1 + fields.stream().mapToInt(ExportField::width).sum();
        ByteBuffer h = ByteBuffer.allocate(headerBytes).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate today = LocalDate.now();
        h.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue())
                .put((byte) today.getDayOfMonth());
        h.putInt(count).putShort((short) headerBytes).putShort((short) recordBytes);
        byte[] reserved = new byte[20];
        reserved[17] = encoding.equals(StandardCharsets.UTF_8) ? 0 : LANGUAGE_DRIVER_CP936;
        h.put(reserved);
        for (ExportField field : fields) {
            byte[] name = Arrays.copyOf(field.shortName().getBytes(StandardCharsets.US_ASCII), 11);
            h.put(name).put((byte) typeCode(field.type())).putInt(0).put((byte) field.width())
                    .put((byte) field.decimals()).put(new byte[14]);
        }
        h.put((byte) 0x0D);
        return ShpEncoder.concat(h.array(), records.toByteArray(), new byte[] {0x1A});
    }

    private static char typeCode(ExportField.Type type) {
        return switch (type) {
            case TEXT -> 'C';
            case INTEGER, REAL -> 'N';
            case BOOLEAN -> 'L';
        };
    }
}
