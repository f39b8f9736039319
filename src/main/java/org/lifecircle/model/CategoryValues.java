package org.lifecircle.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values that name a category in facility files and OSM tags, each with the category and
 * subtype it stands for: the contents of {@code gis-data/categories.csv}. Facility files are
 * matched loosely ({@link #find}: exact, else the longest listed value contained, so 社区养老服务站
 * matches 养老服务站); OSM tags exactly ({@link #findExact}: {@code amenity=pharmacy}, or a kind
 * the OSM reader derives such as {@code kindergarten}).
 */
public final class CategoryValues {

    /** A category and the subtype (may be empty) a value maps to. */
    public record Mapping(Category category, String subtype) {
    }

    private final Map<String, Mapping> byValue;

    /** @param byValue mappings by value, in the file's order (values compared without regard to case) */
    public CategoryValues(Map<String, Mapping> byValue) {
        Map<String, Mapping> normalized = new LinkedHashMap<>();
        byValue.forEach((value, mapping) -> normalized.put(normalize(value), mapping));
        this.byValue = java.util.Collections.unmodifiableMap(normalized);
    }

    public static String normalize(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** The mapping of a value: exact match first, else the longest listed value (of 2+ characters) it contains. */
    public Optional<Mapping> find(String value) {
        String key = normalize(value);
        Mapping exact = byValue.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        return byValue.entrySet().stream()
                .filter(entry -> entry.getKey().length() >= 2 && key.contains(entry.getKey()))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(Map.Entry::getValue);
    }

    /** The mapping of exactly this value, if listed. */
    public Optional<Mapping> findExact(String value) {
        return Optional.ofNullable(byValue.get(normalize(value)));
    }
}
