package org.lifecircle.catchment;

/**
 * A nearest source and the walking distance to it.
 *
 * @param source index of the source in the search's list, or -1 when none is within the limit
 * @param distanceMeters walking distance, or positive infinity when none is within the limit
 */
public record SourceDistance(int source, double distanceMeters) {

    public boolean isReached() {
        return source >= 0;
    }
}
