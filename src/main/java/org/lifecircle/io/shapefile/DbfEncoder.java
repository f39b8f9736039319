package org.lifecircle.io.shapefile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lifecircle.io.csv.Decimals;
import org.lifecircle.io.export.ExportOptions;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerField;

/**
 * Encodes a dBASE III table (.dbf) for a Shapefile: character (C), numeric (N) and logical (L)
 * fields. Text is encoded in the export's charset; the header's language driver byte says GBK
 * (0x4D, code page 936) for GBK files and is left 0 for UTF-8 (the .cpg file says UTF-8). Widths
 * fit the longest value (text at most 254 bytes, cut between characters); missing values are
 * blanks (numbers, text) or '?' (logical). Characters GBK cannot hold become '?'.
 */
public final class DbfEncoder {

    static final int GBK_LANGUAGE_DRIVER = 0x4D;
    private static final int MAX_TEXT_BYTES = 254;
    private static final int MAX_NUMBER_WIDTH = 24;

    private DbfEncoder() {
    }

    /** One column: its dBASE type, width and decimals, and every record's cell as bytes (null = empty). */
    private record Column(char type, int width, int decimals, byte[][] cells) {
    }

    public static byte[] encode(Layer layer, List<String> shortNames, Charset charset) {
        List<Column> columns = new ArrayList<>();
        for (int f = 0; f < layer.fields().size(); f++) {
            columns.add(column(layer, f, charset));
        }
        int recordBytes = 1 + columns.stream().mapToInt(Column::width).sum();
        int headerBytes = 32 + 32 * columns.size() + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(headerBytes + recordBytes * layer.features().size() + 1);
        out.writeBytes(header(layer.features().size(), headerBytes, recordBytes, charset));
        for (int f = 0; f < columns.size(); f++) {
            out.writeBytes(descriptor(shortNames.get(f), columns.get(f)));
        }
        out.write(0x0D);
        for (int r = 0; r < layer.features().size(); r++) {
            out.write(' ');
            for (Column column : columns) {
                out.writeBytes(cell(column, r));
            }
        }
        out.write(0x1A);
        return out.toByteArray();
    }

    private static byte[] header(int records, int headerBytes, int recordBytes, Charset charset) {
        ByteBuffer header = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate today = LocalDate.now();
        header.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue())
                .put((byte) today.getDayOfMonth());
        header.putInt(records).putShort((short) headerBytes).putShort((short) recordBytes);
        header.put(29, (byte) (charset.equals(ExportOptions.GBK) ? GBK_LANGUAGE_DRIVER : 0));
        return header.array();
    }

    private static byte[] descriptor(String name, Column column) {
        byte[] descriptor = new byte[32];
        byte[] ascii = name.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ascii, 0, descriptor, 0, Math.min(ascii.length, DbfFieldNames.MAX_LENGTH));
        descriptor[11] = (byte) column.type();
        descriptor[16] = (byte) column.width();
        descriptor[17] = (byte) column.decimals();
        return descriptor;
    }

    private static Column column(Layer layer, int field, Charset charset) {
        LayerField definition = layer.fields().get(field);
        byte[][] cells = new byte[layer.features().size()][];
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        int width = 1;
        for (int r = 0; r < cells.length; r++) {
            Object value = layer.features().get(r).values().get(field);
            cells[r] = value == null ? null : switch (definition.type()) {
                case TEXT -> text(value.toString(), encoder);
                case INTEGER -> ascii(Long.toString(((Number) value).longValue()));
                case REAL -> ascii(Decimals.format(((Number) value).doubleValue(), definition.decimals()));
                case BOOLEAN -> ascii((Boolean) value ? "T" : "F");
            };
            width = Math.max(width, cells[r] == null ? 0 : cells[r].length);
        }
        return switch (definition.type()) {
            case TEXT -> new Column('C', width, 0, cells);
            case INTEGER -> new Column('N', Math.min(width, MAX_NUMBER_WIDTH), 0, cells);
            case REAL -> new Column('N', Math.min(Math.max(width, definition.decimals() + 2), MAX_NUMBER_WIDTH),
                    definition.decimals(), cells);
            case BOOLEAN -> new Column('L', 1, 0, cells);
        };
    }

    /** The text's bytes, cut after the last whole character that fits in MAX_TEXT_BYTES. */
    private static byte[] text(String value, CharsetEncoder encoder) {
        encoder.reset();
        ByteBuffer bytes = ByteBuffer.allocate(MAX_TEXT_BYTES);
        encoder.encode(CharBuffer.wrap(value), bytes, true);
        return Arrays.copyOf(bytes.array(), bytes.position());
    }

    private static byte[] ascii(String value) {
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    /** A cell padded to the column width: text left-aligned, numbers right-aligned. */
    private static byte[] cell(Column column, int record) {
        byte[] cell = new byte[column.width()];
        Arrays.fill(cell, (byte) ' ');
        byte[] value = column.cells()[record];
        if (value == null) {
            if (column.type() == 'L') {
                cell[0] = '?';
            }
            return cell;
        }
        int length = Math.min(value.length, cell.length);
        int start = column.type() == 'N' ? cell.length - length : 0;
        System.arraycopy(value, 0, cell, start, length);
        return cell;
    }
}
