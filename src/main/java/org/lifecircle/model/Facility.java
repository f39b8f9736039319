package org.lifecircle.model;

import java.util.OptionalInt;

/**
 * A service point of a category, in WGS84.
 *
 * @param id stable identifier: the file's id attribute, or {@code node/123} / {@code way/45} for OSM
 * @param category what it serves
 * @param subtype finer kind, e.g. kindergarten, nursery, day_care, canteen, supermarket, market;
 *     empty when unknown
 * @param tier for elderly care: district_centre, street_station or community_site; empty when unknown
 * @param name display name, may be empty
 * @param capacity beds or places when known
 * @param lon longitude of the access point (WGS84 degrees)
 * @param lat latitude (WGS84 degrees)
 * @param source where it came from: file name and row/feature, or the OSM file
 * @param inclusive whether it is marked 普惠 (inclusive: publicly priced, e.g. a kindergarten); false when unknown
 */
public record Facility(String id, Category category, String subtype, String tier, String name, OptionalInt capacity,
                       double lon, double lat, String source, boolean inclusive) {

    /** A facility not marked inclusive. */
    public Facility(String id, Category category, String subtype, String tier, String name, OptionalInt capacity,
                    double lon, double lat, String source) {
        this(id, category, subtype, tier, name, capacity, lon, lat, source, false);
    }
}
