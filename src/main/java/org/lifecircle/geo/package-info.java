/**
 * Geodetic arithmetic shared by every layer: WGS84 lengths in metres and local metric planes.
 *
 * <ul>
 *   <li><b>geodesic length</b>: the length of a segment on the WGS84 ellipsoid, in metres.</li>
 *   <li><b>E7 coordinates</b>: degrees times 10^7 stored as int, the precision OSM itself keeps
 *       (about 1 cm).</li>
 * </ul>
 */
package org.lifecircle.geo;
