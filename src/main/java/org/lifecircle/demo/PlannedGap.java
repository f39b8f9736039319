package org.lifecircle.demo;

/**
 * A deliberate coverage gap: an area that must stay outside a category's threshold.
 *
 * @param areaId the area's id
 * @param category the category id (elderly_care, canteen, childcare, convenience)
 * @param kind what makes it: river, gate_orientation, locked_gate, distance
 * @param nearbyFacilityId the facility that is close in a straight line but far on foot (or the
 *     nearest one for a distance gap)
 * @param reason one sentence for planners
 */
record PlannedGap(String areaId, String category, String kind, String nearbyFacilityId, String reason) {
}
