/**
 * The walking graph: who may walk where, the compact immutable graph, and how points join it.
 *
 * <ul>
 *   <li><b>walking graph</b>: the pedestrian network; nodes are junctions and way ends, edges are
 *       undirected pieces of ways between them, with geometry and geodesic length in metres.</li>
 *   <li><b>access rules</b>: {@link org.lifecircle.network.PedestrianAccess}, which OSM ways are
 *       walkable and which barrier nodes block.</li>
 *   <li><b>component</b>: a connected part of the graph; 0 is the largest. Parts under a minimum
 *       size are dropped at build time and counted, never silently.</li>
 *   <li><b>snap</b>: a point's projection onto its nearest edge, as an offset along the edge from
 *       its from-node; the access point of facilities and residential areas.</li>
 *   <li><b>spatial order</b>: node ids follow a Hilbert curve, so map neighbours are memory
 *       neighbours.</li>
 * </ul>
 */
package org.lifecircle.network;
