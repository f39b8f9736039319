package org.lifecircle.coverage;

import org.lifecircle.model.InvalidInputException;

/**
 * A profile's shares of all residents by age group, for areas whose age counts neither the input
 * nor the census gives; with where they come from, which every output names.
 *
 * @param age0to2 share of residents under 3 (0..1; NaN when the profile gives none)
 * @param age3to5 share of residents of 3 to 5
 * @param age60plus share of residents of 60 and over
 * @param source where the shares come from
 */
public record DemandDefaults(double age0to2, double age3to5, double age60plus, String source) {

    public DemandDefaults {
        for (double share : new double[] {age0to2, age3to5, age60plus}) {
            if (!Double.isNaN(share) && !(share >= 0 && share <= 1)) {
                throw new InvalidInputException("demand_defaults: a share must be a number from 0 to 1, got " + share);
            }
        }
    }

    public static DemandDefaults none() {
        return new DemandDefaults(Double.NaN, Double.NaN, Double.NaN, "");
    }

    /** The three shares in the order of {@link org.lifecircle.model.AgeCounts}. */
    public double[] shares() {
        return new double[] {age0to2, age3to5, age60plus};
    }

    public boolean isEmpty() {
        return Double.isNaN(age0to2) && Double.isNaN(age3to5) && Double.isNaN(age60plus);
    }
}
