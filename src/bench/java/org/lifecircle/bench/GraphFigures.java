package org.lifecircle.bench;

import java.util.List;

/**
 * What the engine benchmark measured on one graph.
 *
 * @param name what the graph is, for headings
 * @param origin where it came from (file, generator and seed)
 * @param buildSteps what the build time covers
 * @param build size, build time and memory
 * @param pgCopySeconds time to COPY the edges into pgRouting's table (not part of any query time)
 * @param searches one row per source count
 * @param sweeps large bounded sweeps (settling a million nodes or more); empty when not measured
 */
record GraphFigures(String name, String origin, String buildSteps, Build build, double pgCopySeconds, List<Search> searches,
                    List<Sweep> sweeps) {

    /**
     * @param heapDeltaBytes used heap after GC with the graph minus before building it
     * @param memoryBytes what {@code WalkingGraph.memoryBytes()} reports
     */
    record Build(int nodes, int edges, double seconds, long heapDeltaBytes, long memoryBytes) {

        double heapBytesPerNode() {
            return (double) heapDeltaBytes / nodes;
        }

        double memoryBytesPerNode() {
            return (double) memoryBytes / nodes;
        }
    }

    /** Engine and pgRouting times for the same random source nodes at the same limit. */
    record Search(int sources, double engineMillis, int settledNodes, PgTime exact, PgTime equicost) {
    }

    /**
     * A pgRouting server-side time: median of {@code runs} runs, or NaN when skipped.
     *
     * @param note why it was skipped or taken from fewer runs; empty otherwise
     */
    record PgTime(double millis, int runs, String note) {

        static PgTime skipped(String why) {
            return new PgTime(Double.NaN, 0, why);
        }

        boolean measured() {
            return runs > 0;
        }
    }

    /** A bounded sweep large enough to settle at least a million nodes; {@code sources} says which. */
    record Sweep(String sources, double maxWalkMeters, double millis, int runs, int settledNodes) {
    }
}
