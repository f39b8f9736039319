package org.lifecircle.catchment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lifecircle.model.InvalidInputException;

/**
 * The three forms of catchment polygons, as Esri's service areas offer them.
 *
 * <ul>
 *   <li>{@link #OVERLAP}: one polygon per facility, from the facility's own reach; polygons of
 *       neighbouring facilities overlap.</li>
 *   <li>{@link #DISSOLVE}: one polygon for all facilities together (per category).</li>
 *   <li>{@link #SPLIT}: one polygon per facility, covering the part of the dissolved polygon nearest
 *       to the network pieces that facility is the nearest one for; they do not overlap.</li>
 * </ul>
 */
public enum CatchmentForm {
    OVERLAP("overlap"),
    DISSOLVE("dissolve"),
    SPLIT("split");

    private final String id;

    CatchmentForm(String id) {
        this.id = id;
    }

    /** The name used in files, options and the API. */
    public String id() {
        return id;
    }

    /** Parses overlap, dissolve or split (any case); anything else is an error listing them. */
    public static CatchmentForm parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown catchment form '" + text + "'; use "
                        + Arrays.stream(values()).map(CatchmentForm::id).collect(Collectors.joining(", "))));
    }
}
