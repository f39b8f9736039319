package org.lifecircle.io.osm;

import org.lifecircle.model.Category;

/**
 * What the tags of an OSM element say a facility is.
 *
 * @param category the life-circle category (from the category table)
 * @param subtype finer kind (kindergarten, nursery, day_care, canteen, convenience_store, market, ...)
 * @param tier elderly-care tier (district_centre, street_station, community_site), or "" when unknown
 */
public record FacilityKind(Category category, String subtype, String tier) {

}
