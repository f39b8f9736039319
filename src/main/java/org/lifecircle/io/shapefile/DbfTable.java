package org.lifecircle.io.shapefile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.io.files.TextCharsets;
import org.lifecircle.model.InvalidInputException;

/**
 * The attribute table of a Shapefile (dBASE III/IV .dbf). Field types: C text, N/F numbers (Long
 * when written without decimals, else Double), L logical (Boolean), D date (text yyyy-MM-dd), I
 * 32-bit integer; memo fields (M, B, G: their text lives in a .dbt file) are left out. Empty values
 * are left out. Text is decoded with the charset given by the caller, else the .cpg file, else the
 * language driver byte in the header (0x4D / 0x7A: GBK), else detected (strict UTF-8, else GBK).
 */
final class DbfTable {

    private static final int HEADER_FIXED_BYTES = 32;
    private static final int FIELD_DESCRIPTOR_BYTES = 32;

    private record Field(String name, char type, int offset, int length, int decimals) {
    }

    private final ByteBuffer data;
    private final String fileName;
    private final Charset charset;
    private final List<Field> fields;
    private final int recordCount;
    private final int headerBytes;
    private final int recordBytes;

    private DbfTable(ByteBuffer data, String fileName, Optional<Charset> declared) {
        this.data = data.order(ByteOrder.LITTLE_ENDIAN);
        this.fileName = fileName;
        if (data.limit() < HEADER_FIXED_BYTES + 1) {
            throw damaged("shorter than a dBASE header");
        }
        this.recordCount = data.getInt(4);
        this.headerBytes = Short.toUnsignedInt(data.getShort(8));
        this.recordBytes = Short.toUnsignedInt(data.getShort(10));
        if (recordCount < 0 || headerBytes > data.limit() || (long) headerBytes + (long) recordCount * recordBytes
                > data.limit()) {
            throw damaged("its header promises " + recordCount + " records of " + recordBytes
                    + " bytes, more than the file holds");
        }
        this.charset = declared.or(this::charsetFromLanguageDriver).orElseGet(this::detectCharset);
        this.fields = readFields();
    }

    /** Opens the table; {@code declared} is the caller's or the .cpg file's charset. */
    static DbfTable open(ByteBuffer data, String fileName, Optional<Charset> declared) {
        return new DbfTable(data, fileName, declared);
    }

    int recordCount() {
        return recordCount;
    }

    Charset charset() {
        return charset;
    }

    /** True when the record (0-based) is marked deleted. */
    boolean isDeleted(int record) {
        return data.get(headerBytes + record * recordBytes) == '*';
    }

    /** The record's non-empty values by field name, in field order. */
    Map<String, Object> attributes(int record, String where) {
        Map<String, Object> values = new LinkedHashMap<>();
        int start = headerBytes + record * recordBytes;
        for (Field field : fields) {
            String raw = text(start + field.offset(), field.length()).strip();
            if (!raw.isEmpty()) {
                Object value = value(field, raw, where);
                if (value != null) {
                    values.put(field.name(), value);
                }
            }
        }
        return Collections.unmodifiableMap(values);
    }

    private Object value(Field field, String raw, String where) {
        return switch (field.type()) {
            case 'N', 'F' -> number(field, raw, where);
            case 'L' -> "YyTt".indexOf(raw.charAt(0)) >= 0 ? Boolean.TRUE
                    : "NnFf".indexOf(raw.charAt(0)) >= 0 ? Boolean.FALSE : null;
            case 'D' -> raw.length() == 8 ? raw.substring(0, 4) + "-" + raw.substring(4, 6) + "-" + raw.substring(6)
                    : raw;
            case 'M', 'B', 'G' -> null;
            default -> raw;
        };
    }

    private Object number(Field field, String raw, String where) {
        if (raw.chars().allMatch(c -> c == '*')) {
            return null;    // dBASE writes asterisks for a value that did not fit the field
        }
        try {
            if (field.decimals() == 0 && raw.indexOf('.') < 0 && raw.indexOf('e') < 0 && raw.indexOf('E') < 0) {
                return Long.parseLong(raw.startsWith("+") ? raw.substring(1) : raw);
            }
            return Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(where + ", field " + field.name() + ": '" + raw + "' is not a number;"
                    + " fix the value in the attribute table", e);
        }
    }

    private List<Field> readFields() {
        List<Field> result = new ArrayList<>();
        int offset = 1;    // the deletion flag comes first
        for (int at = HEADER_FIXED_BYTES; at + FIELD_DESCRIPTOR_BYTES <= headerBytes && data.get(at) != 0x0D;
                at += FIELD_DESCRIPTOR_BYTES) {
            String name = text(at, 11).strip();
            char type = (char) data.get(at + 11);
            int length = Byte.toUnsignedInt(data.get(at + 16));
            int decimals = Byte.toUnsignedInt(data.get(at + 17));
            if (type == 'C') {
                length += decimals << 8;    // long text fields keep the high byte of their length here
                decimals = 0;
            }
            result.add(new Field(name, type, offset, length, decimals));
            offset += length;
        }
        if (offset > recordBytes) {
            throw damaged("its fields need " + offset + " bytes per record but records are " + recordBytes);
        }
        return List.copyOf(result);
    }

    /** Text of a fixed-width cell, up to the first NUL byte. */
    private String text(int at, int length) {
        int end = at;
        while (end < at + length && data.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - at];
        data.get(at, bytes);
        return new String(bytes, charset);
    }

    private Optional<Charset> charsetFromLanguageDriver() {
        int driver = Byte.toUnsignedInt(data.get(29));
        return driver == 0x4D || driver == 0x7A ? Optional.of(TextCharsets.GBK) : Optional.empty();
    }

    /** Strict UTF-8 over the field names and all records, else GBK (binary header bytes are left out). */
    private Charset detectCharset() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (int at = HEADER_FIXED_BYTES; at + FIELD_DESCRIPTOR_BYTES <= headerBytes && data.get(at) != 0x0D;
                at += FIELD_DESCRIPTOR_BYTES) {
            for (int i = at; i < at + 11 && data.get(i) != 0; i++) {
                text.write(data.get(i));
            }
            text.write(' ');
        }
        byte[] records = new byte[recordCount * recordBytes];
        data.get(headerBytes, records);
        text.writeBytes(records);
        return TextCharsets.detect(text.toByteArray());
    }

    private InvalidInputException damaged(String what) {
        return new InvalidInputException(fileName + ": not a readable dBASE table (" + what + "); export the"
                + " Shapefile again");
    }
}
