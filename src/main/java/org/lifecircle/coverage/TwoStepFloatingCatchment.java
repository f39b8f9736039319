package org.lifecircle.coverage;

import org.lifecircle.model.InvalidInputException;

/**
 * Accessibility by the two-step floating catchment method (Luo and Wang 2003) on network
 * distances. Built from reach pairs, configured, run once.
 *
 * <p>Step 1, per facility j: the ratio R_j = S_j / sum over areas k in its catchment of
 * w(d_kj) D_k (supply per resident who can reach it). Step 2, per area i: access per 1,000
 * residents A_i = 1,000 x sum over facilities j in its catchment of w(d_ij) R_j. The catchment is
 * the pairs' limit d0; the weight w is a {@link DistanceDecay} (step by default: 1 within d0).
 *
 * <p>Undefined cases, chosen so that no place is invented: a facility whose supply is NaN (not
 * known) is left out, with ratio NaN; a facility with nobody weighted in its catchment (no
 * residents, or weights 0) has ratio NaN, its supply serving no one, and adds nothing to any
 * area's access. An area that reaches no facility with a ratio has access 0. With step weights
 * the places are conserved: sum of A_i D_i / 1,000 = sum of S_j over facilities with a ratio.
 */
public final class TwoStepFloatingCatchment {

    private final ReachPairs pairs;
    private final double[] supply;
    private final double[] demand;
    private DistanceDecay decay = DistanceDecay.STEP;

    /**
     * @param supply per facility (places, beds...); NaN for a facility whose capacity is not known
     * @param demand per area (residents of the demand group), 0 or more
     */
    public TwoStepFloatingCatchment(ReachPairs pairs, double[] supply, double[] demand) {
        if (supply.length != pairs.facilityCount() || demand.length != pairs.areaCount()) {
            throw new IllegalArgumentException(supply.length + " facilities and " + demand.length
                    + " areas given for pairs of " + pairs.facilityCount() + " and " + pairs.areaCount());
        }
        this.pairs = pairs;
        this.supply = checked(supply.clone(), "supply of facility", true);
        this.demand = checked(demand.clone(), "demand of area", false);
    }

    private static double[] checked(double[] values, String what, boolean unknownAllowed) {
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            boolean unknown = Double.isNaN(v);
            if (unknown && !unknownAllowed || v < 0 || Double.isInfinite(v)) {
                throw new InvalidInputException(what + " " + i + " must be a finite number >= 0, got " + v);
            }
        }
        return values;
    }

    public TwoStepFloatingCatchment decay(DistanceDecay weights) {
        this.decay = weights;
        return this;
    }

    public Accessibility run() {
        double limit = pairs.maxWalkMeters();
        double[] weight = new double[pairs.size()];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = decay.weight(pairs.distanceMeters(i), limit);
        }
        double[] weightedDemand = new double[pairs.facilityCount()];
        double[] ratio = new double[pairs.facilityCount()];
        for (int f = 0; f < ratio.length; f++) {
            double sum = 0;
            for (int i = pairs.firstPairOf(f); i < pairs.endPairOf(f); i++) {
                sum += weight[i] * demand[pairs.area(i)];
            }
            weightedDemand[f] = sum;
            ratio[f] = sum > 0 ? supply[f] / sum : Double.NaN;
        }
        double[] access = new double[pairs.areaCount()];
        for (int i = 0; i < pairs.size(); i++) {
            double r = ratio[pairs.facility(i)];
            if (!Double.isNaN(r)) {
                access[pairs.area(i)] += weight[i] * r;
            }
        }
        for (int a = 0; a < access.length; a++) {
            access[a] *= 1000;
        }
        return new Accessibility(decay, ratio, weightedDemand, access);
    }
}
