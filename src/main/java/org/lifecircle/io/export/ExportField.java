package org.lifecircle.io.export;

/**
 * A column of an exported layer.
 *
 * @param name the full name (GeoJSON, GeoPackage, CSV; may be Chinese-free snake_case)
 * @param shortName ASCII, at most 10 characters: the Shapefile (DBF) field name
 * @param type what the values are
 * @param width DBF width in bytes (text) or digits (numbers)
 * @param decimals DBF decimals for REAL
 */
public record ExportField(String name, String shortName, Type type, int width, int decimals) {

    /** Value kinds; values are String, Long/Integer, Double or Boolean (or null). */
    public enum Type { TEXT, INTEGER, REAL, BOOLEAN }

    public ExportField {
        if (shortName.length() > 10 || !shortName.chars().allMatch(c -> c < 128)) {
            throw new IllegalArgumentException("DBF field names are ASCII, at most 10 characters: " + shortName);
        }
    }

    public static ExportField text(String name, String shortName, int widthBytes) {
        return new ExportField(name, shortName, Type.TEXT, widthBytes, 0);
    }

    public static ExportField integer(String name, String shortName) {
        return new ExportField(name, shortName, Type.INTEGER, 12, 0);
    }

    public static ExportField real(String name, String shortName, int decimals) {
        return new ExportField(name, shortName, Type.REAL, 16, decimals);
    }

    public static ExportField bool(String name, String shortName) {
        return new ExportField(name, shortName, Type.BOOLEAN, 1, 0);
    }
}
