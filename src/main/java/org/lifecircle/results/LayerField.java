package org.lifecircle.results;

import java.util.Objects;

/**
 * A field of a layer: what a column means, in every format.
 *
 * @param name the full name (ASCII snake_case): the column name in GeoPackage, GeoJSON and CSV
 * @param label what it means, in Chinese, for fields.txt, report headers and readers of the files
 * @param unit the unit of a number ("m", "%", "residents", ...), or "" for none
 * @param type the value type
 * @param decimals for {@link FieldType#REAL}, the decimals every format writes (values are rounded to them)
 */
public record LayerField(String name, String label, String unit, FieldType type, int decimals) {

    public LayerField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("field names are ASCII snake_case: " + name);
        }
    }

    public static LayerField text(String name, String label) {
        return new LayerField(name, label, "", FieldType.TEXT, 0);
    }

    public static LayerField integer(String name, String label, String unit) {
        return new LayerField(name, label, unit, FieldType.INTEGER, 0);
    }

    public static LayerField real(String name, String label, String unit, int decimals) {
        return new LayerField(name, label, unit, FieldType.REAL, decimals);
    }

    public static LayerField bool(String name, String label) {
        return new LayerField(name, label, "", FieldType.BOOLEAN, 0);
    }

    /**
     * A value as this field holds it: REAL rounded to its decimals, INTEGER as a whole long, null
     * for NaN or infinity (no figure).
     */
    public Object value(Object raw) {
        if (raw == null) {
            return null;
        }
        return switch (type) {
            case REAL -> round(((Number) raw).doubleValue(), decimals);
            case INTEGER -> raw instanceof Double d ? (Double.isFinite(d) ? Long.valueOf(Math.round(d)) : null)
                    : Long.valueOf(((Number) raw).longValue());
            case BOOLEAN -> (Boolean) raw;
            case TEXT -> raw.toString();
        };
    }

    /** A value rounded to a number of decimals; null when it is not finite. */
    public static Double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
