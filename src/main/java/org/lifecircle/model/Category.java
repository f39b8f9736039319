package org.lifecircle.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The facility categories a life circle is checked for. Subtypes refine them (see {@link Facility}). */
public enum Category {
    ELDERLY_CARE("elderly_care"),
    CHILDCARE("childcare"),
    CONVENIENCE("convenience");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    /** The stable identifier used in files, columns ({@code elderly_care_distance_m}) and the API. */
    public String id() {
        return id;
    }

    public static Optional<Category> findById(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(wanted)).findFirst();
    }

    public static Category getById(String id) {
        return findById(id).orElseThrow(() -> new InvalidInputException("unknown category '" + id
                + "' (known: elderly_care, childcare, convenience)"));
    }
}
