package org.lifecircle.network;

/**
 * What building the walking graph kept and dropped. Components smaller than the minimum are
 * dropped and counted here, never silently.
 *
 * @param inputNodes nodes handed to the builder
 * @param inputEdges edges handed to the builder
 * @param minComponentNodes the minimum component size that was applied
 * @param keptComponents components in the graph
 * @param droppedComponents components smaller than the minimum
 * @param droppedNodes nodes in dropped components
 * @param droppedEdges edges in dropped components
 */
public record GraphBuildReport(int inputNodes, int inputEdges, int minComponentNodes, int keptComponents,
                               int droppedComponents, int droppedNodes, int droppedEdges) {
}
