package org.lifecircle.io.files;

import org.lifecircle.model.InvalidInputException;

/**
 * Recognises the binary files users most often hand over where text is expected: an Excel
 * workbook (.xlsx is a zip, .xls an OLE2 compound file), a zip, a GeoPackage or other SQLite
 * database. Their bytes would otherwise be decoded as text and fail with a puzzling message.
 */
final class BinaryFiles {

    private static final int SNIFF_BYTES = 512;

    private BinaryFiles() {
    }

    /** Fails with a message naming the file and what it seems to be, unless the bytes look like text. */
    static void refuse(byte[] bytes, String fileName) {
        String kind = kindOf(bytes);
        if (kind != null) {
            throw new InvalidInputException(fileName + ": " + kind + ", not text; open it in Excel or QGIS and save"
                    + " it as CSV UTF-8 (a zipped Shapefile must be named .zip, a GeoPackage .gpkg)");
        }
    }

    /** What the bytes are when they are not text, else null. */
    static String kindOf(byte[] bytes) {
        if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 'P', 'K', 5, 6)) {
            return "is a zip archive or an Excel workbook (.xlsx)";
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "is an Excel 97-2003 workbook (.xls)";
        }
        if (startsWith(bytes, 'S', 'Q', 'L', 'i', 't', 'e')) {
            return "is an SQLite database (a GeoPackage?)";
        }
        return hasNulOutsideUtf16(bytes) ? "holds binary data (NUL bytes)" : null;
    }

    /** NUL bytes in the first bytes, unless a UTF-16 byte-order mark explains them. */
    private static boolean hasNulOutsideUtf16(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return false;
        }
        for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
