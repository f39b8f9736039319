package org.lifecircle.model;

/**
 * Residents of an area and where the figure came from.
 *
 * @param residents number of residents; NaN when unknown
 * @param source how it was obtained
 */
public record Population(double residents, Source source) {

    /**
     * More residents than one residential area can hold: the largest city, Chongqing, has about 32
     * million in all. A larger figure is a unit or column error (or 1e300, which sums saturate on).
     */
    public static final double MAX_AREA_RESIDENTS = 100_000_000;
    /** More residents than China (1.41 billion): no district total is larger. */
    public static final double MAX_DISTRICT_RESIDENTS = 1_500_000_000;

    /** How a population figure was obtained; written to coverage.csv as {@code population_source}. */
    public enum Source {
        /** Given by the input (an attribute of the area). */
        ATTRIBUTE("attribute"),
        /** Floor area times a persons-per-square-metre default. */
        FLOOR_AREA("floor_area_estimate"),
        /** A floor-area estimate scaled so that its district adds up to the census total. */
        CENSUS_SCALED("census_scaled"),
        /** Nothing to go by. */
        UNKNOWN("none");

        private final String id;

        Source(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static Population unknown() {
        return new Population(Double.NaN, Source.UNKNOWN);
    }

    public boolean isKnown() {
        return !Double.isNaN(residents);
    }
}
