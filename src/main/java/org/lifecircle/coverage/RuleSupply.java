package org.lifecircle.coverage;

/**
 * Supply and demand of one rule, per area (arrays indexed as the analysis' areas).
 *
 * @param demand residents of the rule's demand group; NaN when unknown (no population, or no age counts)
 * @param accessPer1000 places within reach per 1,000 of the demand group (two-step floating
 *     catchment); NaN without capacity data
 * @param served residents of the group who get a place at a facility within the threshold (the
 *     capacity-constrained assignment); NaN without capacity data
 * @param capacityKnown whether any facility the rule counts has a capacity
 */
public record RuleSupply(double[] demand, double[] accessPer1000, double[] served, boolean capacityKnown) {

    /** Demand only: no capacity data to measure supply with. */
    public static RuleSupply demandOnly(double[] demand) {
        double[] none = new double[demand.length];
        java.util.Arrays.fill(none, Double.NaN);
        return new RuleSupply(demand, none, none.clone(), false);
    }
}
