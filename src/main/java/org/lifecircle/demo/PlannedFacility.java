package org.lifecircle.demo;

/**
 * A facility of the plan, as a planner's spreadsheet lists it.
 *
 * @param id identifier, e.g. EC-01
 * @param name Chinese name
 * @param categoryValue the category as written in the file, in Chinese (mapped by gis-data/categories.csv)
 * @param subtype the English subtype, e.g. day_care, kindergarten, supermarket
 * @param tier elderly-care tier (district_centre, street_station, community_site), else empty
 * @param capacity beds or places, 0 when not applicable
 * @param position where it is
 */
record PlannedFacility(String id, String name, String categoryValue, String subtype, String tier, int capacity,
                       Xy position) {
}
