package org.lifecircle.io.osm;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.Population;

/**
 * Which OSM tags make a residential area, how many storeys a residential building has, and which
 * nodes are gates residents walk through.
 *
 * <p>Enclosures (landuse=residential, place=neighbourhood) are compounds and parcels: buildings
 * inside them add to their floor area. Residential buildings are building=residential,
 * apartments, house or dormitory, and building=yes with building:use=residential.
 */
public final class OsmResidentialTags {

    /** Storeys assumed for apartments, residential and dormitory buildings without building:levels (urban China). */
    public static final double DEFAULT_LEVELS_MULTI_STOREY = 6;
    /** Storeys assumed for building=house without building:levels. */
    public static final double DEFAULT_LEVELS_HOUSE = 2;
    /** More storeys than any building has (the tallest, 163): a larger tag is an error, and the default is used. */
    static final double MAX_LEVELS = 200;

    private static final Set<String> RESIDENTIAL_BUILDINGS = Set.of("residential", "apartments", "house", "dormitory");
    private static final Set<String> NOT_AN_ENTRANCE = Set.of("no", "emergency");

    private OsmResidentialTags() {
    }

    /** The kind of residential area, e.g. {@code landuse=residential} or {@code building=apartments}, if any. */
    public static Optional<String> kindOf(Map<String, String> tags) {
        if ("residential".equals(tags.get("landuse"))) {
            return Optional.of("landuse=residential");
        }
        if ("neighbourhood".equals(tags.get("place"))) {
            return Optional.of("place=neighbourhood");
        }
        String building = tags.get("building");
        if (building != null && RESIDENTIAL_BUILDINGS.contains(building)) {
            return Optional.of("building=" + building);
        }
        if ("yes".equals(building) && "residential".equals(tags.get("building:use"))) {
            return Optional.of("building:use=residential");
        }
        return Optional.empty();
    }

    /** True for kinds whose buildings are merged into them (landuse=residential, place=neighbourhood). */
    public static boolean isEnclosure(String kind) {
        return !kind.startsWith("building");
    }

    /**
     * Storeys of a residential building: building:levels when a positive number up to
     * {@value #MAX_LEVELS}, else the default for its kind.
     */
    public static double levels(Map<String, String> tags, String kind) {
        OptionalDouble tagged = OsmTagValues.decimal(tags.get("building:levels"));
        if (tagged.isPresent() && tagged.getAsDouble() > 0 && tagged.getAsDouble() <= MAX_LEVELS) {
            return tagged.getAsDouble();
        }
        return kind.equals("building=house") ? DEFAULT_LEVELS_HOUSE : DEFAULT_LEVELS_MULTI_STOREY;
    }

    /**
     * Residents from a numeric {@code population} tag, else unknown (estimated later); a tag above
     * {@link Population#MAX_AREA_RESIDENTS} is refused, naming the element ({@code where}).
     */
    public static Population population(Map<String, String> tags, String where) {
        OptionalDouble residents = OsmTagValues.decimal(tags.get("population"));
        if (residents.isPresent() && residents.getAsDouble() > Population.MAX_AREA_RESIDENTS) {
            throw new InvalidInputException(where + ": population tag '" + tags.get("population") + "' is more than "
                    + String.format(Locale.ROOT, "%,.0f", Population.MAX_AREA_RESIDENTS) + " residents for one area;"
                    + " correct the tag in the extract, or give the areas with --residential");
        }
        return residents.isPresent() ? new Population(residents.getAsDouble(), Population.Source.ATTRIBUTE)
                : Population.unknown();
    }

    /**
     * A gate or entrance people can walk through: entrance=* (except no and emergency: an
     * emergency exit is not a daily way out) or barrier=gate, unless locked=yes or access=no.
     * Private gates count: residents are the people who use them.
     */
    public static boolean isEntrance(Map<String, String> tags) {
        String entrance = tags.get("entrance");
        boolean tagged = (entrance != null && !NOT_AN_ENTRANCE.contains(entrance)) || "gate".equals(tags.get("barrier"));
        return tagged && !"yes".equals(tags.get("locked")) && !"no".equals(tags.get("access"));
    }
}
