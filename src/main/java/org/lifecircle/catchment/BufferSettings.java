package org.lifecircle.catchment;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * How pieces are widened into a polygon.
 *
 * @param offsetMeters the lateral offset (distance from a piece to the polygon's edge)
 * @param parameters JTS buffer parameters (round ends, segments per quarter circle)
 * @param factory the factory for the plane's geometries
 * @param faceCores remembered face cores of the network
 */
record BufferSettings(double offsetMeters, BufferParameters parameters, GeometryFactory factory, FaceCores faceCores) {
}
