package org.lifecircle.results;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lifecircle.model.InvalidInputException;

/** The layers of a coverage run a user can ask for (an export, the map), by name. */
public enum LayerKind {
    /** The facilities as points. */
    FACILITIES("facilities"),
    /** Every residential area with its coverage per category. */
    COVERAGE("coverage"),
    /** The areas uncovered for at least one category. */
    GAPS("gaps"),
    /** Catchment polygons (overlap, dissolve or split; one category or all). */
    CATCHMENTS("catchments"),
    /** District boundaries with their per-category summary. */
    DISTRICTS("districts"),
    /** Every unit of every level given (districts, streets, communities) with its outline and figures (units.csv). */
    UNITS("units"),
    /** The tier checks (tiers.csv), each row with its unit's outline. */
    TIERS("tiers");

    private final String id;

    LayerKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses a layer name (any case); anything else is an error listing the names. */
    public static LayerKind parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown layer '" + text + "'; use "
                        + Arrays.stream(values()).map(LayerKind::id).collect(Collectors.joining(", "))));
    }
}
