package org.lifecircle.io.export;

import java.util.Objects;

/**
 * A field of a layer.
 *
 * @param name the full name (ASCII snake_case): the column name in GeoPackage, GeoJSON and CSV
 * @param label what it means, in Chinese, for fields.txt and readers of the files
 * @param type the value type
 * @param decimals for {@link FieldType#REAL}, the decimals written to text formats and .dbf
 */
public record LayerField(String name, String label, FieldType type, int decimals) {

    public LayerField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("field names are ASCII snake_case: " + name);
        }
    }

    public static LayerField text(String name, String label) {
        return new LayerField(name, label, FieldType.TEXT, 0);
    }

    public static LayerField integer(String name, String label) {
        return new LayerField(name, label, FieldType.INTEGER, 0);
    }

    public static LayerField real(String name, String label, int decimals) {
        return new LayerField(name, label, FieldType.REAL, decimals);
    }

    public static LayerField bool(String name, String label) {
        return new LayerField(name, label, FieldType.BOOLEAN, 0);
    }
}
