package org.lifecircle.store;

/**
 * What building a dataset's walking graph kept and dropped (the graph builder's report, kept
 * with the dataset so that a run from the store reports the same as a run from the files).
 */
public record NetworkBuild(int inputNodes, int inputEdges, int minComponentNodes, int keptComponents,
                           int droppedComponents, int droppedNodes, int droppedEdges) {
}
