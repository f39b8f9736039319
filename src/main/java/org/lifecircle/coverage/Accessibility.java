package org.lifecircle.coverage;

/** What {@link TwoStepFloatingCatchment} found: the ratio of each facility, the access of each area. */
public final class Accessibility {

    private final DistanceDecay decay;
    private final double[] ratio;
    private final double[] weightedDemand;
    private final double[] accessPer1000;

    Accessibility(DistanceDecay decay, double[] ratio, double[] weightedDemand, double[] accessPer1000) {
        this.decay = decay;
        this.ratio = ratio;
        this.weightedDemand = weightedDemand;
        this.accessPer1000 = accessPer1000;
    }

    public DistanceDecay decay() {
        return decay;
    }

    /** Supply per weighted resident in the facility's catchment; NaN when not defined (see the method). */
    public double ratio(int facility) {
        return ratio[facility];
    }

    /** The residents in the facility's catchment, each weighted by the decay at their distance. */
    public double weightedDemand(int facility) {
        return weightedDemand[facility];
    }

    /** Supply within reach per 1,000 residents of the area: 1,000 x the weighted sum of ratios. */
    public double accessPer1000(int area) {
        return accessPer1000[area];
    }

    public int facilityCount() {
        return ratio.length;
    }

    public int areaCount() {
        return accessPer1000.length;
    }
}
