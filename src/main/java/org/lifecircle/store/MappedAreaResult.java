package org.lifecircle.store;

import org.locationtech.jts.geom.Geometry;

/** An area's run result with its polygon (WGS84), for the map. */
public record MappedAreaResult(AreaResult result, Geometry polygon) {
}
