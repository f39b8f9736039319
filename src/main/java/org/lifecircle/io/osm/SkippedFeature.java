package org.lifecircle.io.osm;

/**
 * An OSM element with facility or residential tags that could not be used.
 *
 * @param osmId {@code way/123} or {@code relation/45}
 * @param feature what its tags made it, e.g. {@code landuse=residential} or {@code childcare/kindergarten}
 * @param reason why it was left out, e.g. "member way/7 is not in the file"
 */
public record SkippedFeature(String osmId, String feature, String reason) {

    @Override
    public String toString() {
        return osmId + " (" + feature + "): " + reason;
    }
}
