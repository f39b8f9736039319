package org.lifecircle.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What facility files replace of the facilities mapped in OSM.
 *
 * <ul>
 *   <li>{@link #CATEGORIES}: the OSM facilities of the facility categories the files contain (an
 *       elderly-care list replaces OSM's elderly care and keeps OSM's kindergartens and shops);</li>
 *   <li>{@link #ALL}: every OSM facility (the files are the whole list).</li>
 * </ul>
 */
public enum FacilityReplacement {
    ALL("all"),
    CATEGORIES("categories");

    private final String id;

    FacilityReplacement(String id) {
        this.id = id;
    }

    /** The name used in options, the API and summary.json. */
    public String id() {
        return id;
    }

    /** Parses all or categories (any case); anything else is an error listing them. */
    public static FacilityReplacement parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown facility replacement '" + text + "'; use "
                        + Arrays.stream(values()).map(FacilityReplacement::id).collect(Collectors.joining(" or "))));
    }
}
