package org.lifecircle.service.coverage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifecircle.catchment.SearchResult;
import org.lifecircle.geo.LonLatBounds;
import org.lifecircle.io.osm.OsmNetwork;
import org.lifecircle.io.osm.OsmReadReport;
import org.lifecircle.network.GraphBuildReport;
import org.lifecircle.network.WalkingGraph;

/**
 * The content of summary.json: what went in, what the graph holds, what was dropped, what the
 * search reached, and how long each step took.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkQaSummary(Inputs inputs, OsmReadReport osm, Graph graph, Search search, Timings timingsMillis) {

    /** Components listed individually in the summary; the rest are only counted. */
    private static final int LISTED_COMPONENTS = 20;

    /** Inputs; {@code sourceNodes} is null without a search. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Inputs(String osm, String sourceNodes, double maxWalkMeters, int minComponentNodes,
                         boolean privateWalkable) {
    }

    public record Graph(int nodes, int edges, double totalLengthMeters, long memoryBytes, LonLatBounds bbox,
                        int components, List<Integer> largestComponentNodes, GraphBuildReport build) {

        /** Connected parts dropped for being smaller than the minimum. */
        public int droppedComponents() {
            return build.droppedComponents();
        }

        public int droppedNodes() {
            return build.droppedNodes();
        }
    }

    public record Search(int sources, int reachedNodes, double maxWalkMeters) {
    }

    public record Timings(double readAndBuild, double search, double write) {
    }

    static NetworkQaSummary of(NetworkQaRequest request, OsmNetwork network, Optional<SearchResult> search,
                               Timings timings) {
        Inputs inputs = new Inputs(request.osmFile().toString(),
                request.sourceNodesFile().map(Object::toString).orElse(null), request.maxWalkMeters(),
                request.minComponentNodes(), request.privateWalkable());
        return new NetworkQaSummary(inputs, network.read(), graph(network), search.map(
                result -> new Search(result.sourceCount(), result.reachedNodeCount(), result.maxWalkMeters())).orElse(null),
                timings);
    }

    private static Graph graph(OsmNetwork network) {
        WalkingGraph graph = network.graph();
        double total = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            total += graph.edgeLengthMeters(e);
        }
        List<Integer> largest = new ArrayList<>();
        for (int c = 0; c < Math.min(LISTED_COMPONENTS, graph.componentCount()); c++) {
            largest.add(graph.componentNodeCount(c));
        }
        return new Graph(graph.nodeCount(), graph.edgeCount(), Math.round(total * 10) / 10.0, graph.memoryBytes(),
                graph.edgeIndex().bounds(), graph.componentCount(), largest, network.build());
    }
}
