package org.lifecircle.model;

import org.locationtech.jts.geom.Geometry;

/**
 * An administrative area (区/街道) that results are grouped by, in WGS84.
 *
 * @param code administrative code (adcode), or the name when the file has no code
 * @param name display name
 * @param boundary Polygon or MultiPolygon, valid
 */
public record District(String code, String name, Geometry boundary) {
}
