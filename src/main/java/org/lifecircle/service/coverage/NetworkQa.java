package org.lifecircle.service.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifecircle.catchment.MultiSourceSearch;
import org.lifecircle.catchment.SearchResult;
import org.lifecircle.io.csv.NetworkCsvWriter;
import org.lifecircle.io.files.SourceNodesFile;
import org.lifecircle.io.files.StagedFolder;
import org.lifecircle.io.osm.OsmNetwork;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.service.JsonFiles;
import org.lifecircle.service.OutputFolder;

/**
 * The network QA job behind {@code lifecircle graph}: reads an OSM file into the walking graph,
 * optionally runs one multi-source search from given nodes, and writes nodes.csv, edges.csv and
 * summary.json into the output folder. Every input is checked before anything is written.
 */
public final class NetworkQa {

    private final NetworkQaRequest request;

    public NetworkQa(NetworkQaRequest request) {
        this.request = request;
    }

    public NetworkQaSummary run() {
        long started = System.nanoTime();
        OsmNetwork network = new OsmNetworkLoader(request.privateWalkable()
                ? PedestrianAccess.allowingPrivate() : PedestrianAccess.standard())
                .minComponentNodes(request.minComponentNodes())
                .load(request.osmFile());
        WalkingGraph graph = network.graph();
        long built = System.nanoTime();
        int[] sourceNodes = request.sourceNodesFile()
                .map(file -> SourceNodesFile.read(file, graph.nodeCount())).orElse(new int[0]);
        Optional<SearchResult> search = request.sourceNodesFile().map(file -> search(graph, sourceNodes));
        long searched = System.nanoTime();
        try (StagedFolder staged = OutputFolder.stage(request.outFolder(), into -> {
            NetworkCsvWriter.writeNodes(into.resolve("nodes.csv"), graph, search, sourceNodes);
            NetworkCsvWriter.writeEdges(into.resolve("edges.csv"), graph);
        })) {
            long written = System.nanoTime();
            NetworkQaSummary summary = NetworkQaSummary.of(request, network, search, new NetworkQaSummary.Timings(
                    millis(built - started), millis(searched - built), millis(written - searched)));
            staged.write(into -> JsonFiles.write(into.resolve("summary.json"), summary));
            staged.publish();
            return summary;
        }
    }

    private SearchResult search(WalkingGraph graph, int[] sourceNodes) {
        List<Snap> sources = new ArrayList<>(sourceNodes.length);
        for (int node : sourceNodes) {
            sources.add(Snap.atNode(graph, node));
        }
        return new MultiSourceSearch(graph, sources).maxWalkMeters(request.maxWalkMeters()).run();
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
