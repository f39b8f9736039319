package org.lifecircle.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A facility category a life circle is checked for (elderly_care, childcare, pharmacy, ...).
 * Categories are data, not code: {@code gis-data/categories.csv} maps the values of facility files
 * and OSM tags to them, and a policy profile gives each one it checks a threshold, a target and
 * its labels. A category is its id; two with the same id are the same category.
 */
public final class Category implements Comparable<Category> {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    private final String id;

    private Category(String id) {
        this.id = id;
    }

    /**
     * The category with this id (ASCII snake_case, up to 32 characters, as in columns such as
     * {@code elderly_care_distance_m}); a one-line error for anything else.
     */
    public static Category of(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        if (!ID.matcher(wanted).matches()) {
            throw new InvalidInputException("'" + id + "' is not a category id (lower-case letters, digits and _,"
                    + " starting with a letter, at most 32 characters)");
        }
        return new Category(wanted);
    }

    /** The stable identifier used in files, columns ({@code elderly_care_distance_m}) and the API. */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Category c && c.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public int compareTo(Category other) {
        return id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
