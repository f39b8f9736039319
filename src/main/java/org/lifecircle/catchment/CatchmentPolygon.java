package org.lifecircle.catchment;

import org.locationtech.jts.geom.Geometry;

/**
 * One catchment polygon.
 *
 * @param form how it was built
 * @param source index of its source in the list given to {@link CatchmentPolygons}, or -1 for a
 *     dissolved polygon
 * @param maxWalkMeters the walking limit of its band
 * @param lonLat Polygon or MultiPolygon in WGS84 (x = longitude); empty when nothing is reached
 * @param areaSquareMeters its area, measured in the metric plane it was built in
 */
public record CatchmentPolygon(CatchmentForm form, int source, double maxWalkMeters, Geometry lonLat,
                               double areaSquareMeters) {
}
