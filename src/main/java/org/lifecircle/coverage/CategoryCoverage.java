package org.lifecircle.coverage;

/**
 * How one area stands for one category.
 *
 * @param distanceMeters walking distance from the area's best access point to the nearest
 *     facility, including the straight legs between each point and the network; positive
 *     infinity when no facility is within the search limit
 * @param facility index of that facility in the analysis' facility list, or -1
 * @param covered whether the distance is within the category's threshold
 */
public record CategoryCoverage(double distanceMeters, int facility, boolean covered) {

    static final CategoryCoverage NONE = new CategoryCoverage(Double.POSITIVE_INFINITY, -1, false);

    public boolean hasDistance() {
        return facility >= 0;
    }
}
