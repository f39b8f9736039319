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
 * </ul>
 */
package org.lifecircle.catchment;
