/**
 * Walking catchments: what lies within a walking distance of a set of sources.
 *
 * <ul>
 *   <li><b>source</b>: a snapped point (typically a facility's access point) from which distance
 *       is measured; its index in the list given to the search identifies it.</li>
 *   <li><b>multi-source search</b>: one bounded Dijkstra seeded with every source at once, giving
 *       each node its distance to, and identity of, the nearest source.</li>
 *   <li><b>reached</b>: within the limit ({@code maxWalkMeters}), inclusive.</li>
 *   <li><b>reached piece</b>: the part of an edge within the limit, as offsets from its from-node.</li>
 *   <li><b>catchment polygon</b>: the reached pieces and the facilities' walks to the network,
 *       widened by the <b>lateral offset</b> (the reach from a path to a door, default 40 m) and
 *       merged; interiors farther than the offset from every reached piece are holes.</li>
 *   <li><b>form</b>: overlap (one polygon per facility, its own reach), dissolve (one polygon for
 *       all), split (per facility, the part nearest to the network it is the nearest one for).</li>
 *   <li><b>band</b>: a smaller limit within the search's; band polygons are nested.</li>
 *   <li><b>planar network</b>: the graph projected to a transverse Mercator plane and snap-rounded
 *       to a 1 cm grid, so that drawn segments meet only at shared vertices.</li>
 * </ul>
 */
package org.lifecircle.catchment;
