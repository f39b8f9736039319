package org.lifecircle.coverage;

/**
 * What {@link ServedDemand} assigned: residents per reach pair, and their sums per area and per
 * facility, the total served and the total walk in decimetres.
 */
public final class ServedDemandResult {

    private final ReachPairs pairs;
    private final int[] residents;
    private final int[] onPair;
    private final int[] servedOfArea;
    private final int[] servedAtFacility;
    private final long totalServed;
    private final long totalCostDecimeters;

    ServedDemandResult(ReachPairs pairs, int[] residents, int[] onPair, long[] costDecimeters, long totalServed) {
        this.pairs = pairs;
        this.residents = residents;
        this.onPair = onPair;
        this.servedOfArea = new int[pairs.areaCount()];
        this.servedAtFacility = new int[pairs.facilityCount()];
        long cost = 0;
        long sum = 0;
        for (int i = 0; i < onPair.length; i++) {
            servedOfArea[pairs.area(i)] += onPair[i];
            servedAtFacility[pairs.facility(i)] += onPair[i];
            cost += onPair[i] * costDecimeters[i];
            sum += onPair[i];
        }
        if (sum != totalServed) {
            throw new IllegalStateException("assigned " + sum + " residents, the flow was " + totalServed);
        }
        this.totalServed = totalServed;
        this.totalCostDecimeters = cost;
    }

    /** Residents of the pair's area given a place at the pair's facility. */
    public int assignedOnPair(int pair) {
        return onPair[pair];
    }

    /** Residents of the area who got a place within the limit. */
    public int servedOfArea(int area) {
        return servedOfArea[area];
    }

    /** Residents of the area left without a place (its whole residents less those served). */
    public int unservedOfArea(int area) {
        return residents[area] - servedOfArea[area];
    }

    /** Places of the facility taken. */
    public int servedAtFacility(int facility) {
        return servedAtFacility[facility];
    }

    public long totalServed() {
        return totalServed;
    }

    /** The total walk of everyone served, in decimetres (each pair's walk rounded first). */
    public long totalCostDecimeters() {
        return totalCostDecimeters;
    }

    public ReachPairs pairs() {
        return pairs;
    }
}
