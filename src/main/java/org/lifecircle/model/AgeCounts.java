package org.lifecircle.model;

/**
 * Residents of an area by the age groups the policies count, and where the figures came from.
 *
 * @param age0to2 residents under 3 (0 to 2 years); NaN when unknown
 * @param age3to5 residents of 3 to 5 years; NaN when unknown
 * @param age60plus residents of 60 and over; NaN when unknown
 * @param source how they were obtained
 */
public record AgeCounts(double age0to2, double age3to5, double age60plus, Source source) {

    /** How the age counts of an area were obtained; written to coverage.csv as {@code ages_source}. */
    public enum Source {
        /** Given by the input (attributes of the area). */
        ATTRIBUTE("attribute"),
        /** The area's residents times its district's shares from the census file. */
        CENSUS_SHARE("census_share"),
        /** The area's residents times the profile's default shares. */
        PROFILE_DEFAULT("profile_default"),
        /** Nothing to go by (no residents, or no shares). */
        UNKNOWN("none");

        private final String id;

        Source(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static AgeCounts unknown() {
        return new AgeCounts(Double.NaN, Double.NaN, Double.NaN, Source.UNKNOWN);
    }

    /** True when the input gave at least one of the counts. */
    public boolean anyGiven() {
        return !Double.isNaN(age0to2) || !Double.isNaN(age3to5) || !Double.isNaN(age60plus);
    }

    /**
     * The residents of a group; the population for {@link AgeGroup#ALL}; for
     * {@link AgeGroup#AGE_0_5} the under-3s and the 3 to 5s, unknown when either is. NaN when unknown.
     */
    public double of(AgeGroup group, Population population) {
        return switch (group) {
            case ALL -> population.residents();
            case AGE_0_2 -> age0to2;
            case AGE_3_5 -> age3to5;
            case AGE_0_5 -> age0to2 + age3to5;
            case AGE_60_PLUS -> age60plus;
        };
    }

    /** Residents of the given shares of a population (each share 0..1; NaN stays unknown). */
    public static AgeCounts ofShares(double residents, double[] shares, Source source) {
        return new AgeCounts(residents * shares[0], residents * shares[1], residents * shares[2], source);
    }
}
