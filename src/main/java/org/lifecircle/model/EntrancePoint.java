package org.lifecircle.model;

import org.locationtech.jts.geom.Coordinate;

/**
 * A compound's gate or entrance given as a point in a file of its own ({@code --gates}): a
 * planner's survey, or a map provider's 出入口 points.
 *
 * @param lonLat WGS84 longitude (x) and latitude (y)
 * @param location where it is in its file, for messages: "gates.csv line 4"
 */
public record EntrancePoint(Coordinate lonLat, String location) {
}
