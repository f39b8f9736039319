package org.lifecircle.io.osm;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Reading common OSM tag values: display names and numbers written by mappers. */
final class OsmTagValues {

    private OsmTagValues() {
    }

    /** The Chinese name ({@code name:zh}) if tagged, else {@code name}, else "". */
    static String displayName(Map<String, String> tags) {
        String zh = tags.get("name:zh");
        if (zh != null && !zh.isBlank()) {
            return zh.strip();
        }
        String name = tags.get("name");
        return name == null ? "" : name.strip();
    }

    /** A whole non-negative number such as {@code capacity=120}; anything else ("约100", "12;20") is empty. */
    static OptionalInt wholeNumber(String value) {
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            return parsed >= 0 ? OptionalInt.of(parsed) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * A finite non-negative decimal such as {@code population=3500} or {@code building:levels=5.5};
     * thousands separators ("12,000") are accepted, units and ranges are not.
     */
    static OptionalDouble decimal(String value) {
        if (value == null || value.isBlank()) {
            return OptionalDouble.empty();
        }
        String digits = value.strip().replace(",", "");
        if (!digits.matches("\\d+(\\.\\d+)?")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(digits));
    }

    /** True when a semicolon-separated tag value contains one of the wanted values. */
    static boolean listContainsAny(String value, String... wanted) {
        if (value == null) {
            return false;
        }
        for (String part : value.split(";")) {
            for (String w : wanted) {
                if (part.strip().equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
