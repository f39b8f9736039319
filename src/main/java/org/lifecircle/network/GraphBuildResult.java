package org.lifecircle.network;

/** The graph a build produced and what the build dropped. */
public record GraphBuildResult(WalkingGraph graph, GraphBuildReport report) {
}
