package org.lifecircle.store;

/** How much a dataset version holds. */
public record DatasetCounts(int nodes, int edges, int facilities, int areas, int districts) {
}
