package org.lifecircle.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lifecircle.options.Defaults;
import org.lifecircle.service.coverage.NetworkQa;
import org.lifecircle.service.coverage.NetworkQaRequest;
import org.lifecircle.service.coverage.NetworkQaSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lifecircle graph}: the walking graph of an OSM file as QA tables, optionally with distances. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Build the walking graph of an OSM file and write nodes.csv, edges.csv and summary.json.")
final class GraphCommand implements Callable<Integer> {

    @Option(names = "--osm", required = true, paramLabel = "FILE",
            description = "OSM extract: .osm.pbf, .osm, .osm.gz or .osm.bz2.")
    Path osm;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--source-nodes", paramLabel = "FILE",
            description = "File with one node_id per line: adds distance_m and nearest_source to nodes.csv.")
    Path sourceNodes;

    @Option(names = "--max-walk-meters", paramLabel = "M", defaultValue = "1000",
            description = "Search limit in metres (default: ${DEFAULT-VALUE}; at most 10000).")
    double maxWalkMeters;

    @Option(names = "--min-component-nodes", paramLabel = "N",
            defaultValue = "" + Defaults.MIN_COMPONENT_NODES,
            description = "Drop (and count) connected parts with fewer nodes (default: ${DEFAULT-VALUE}).")
    int minComponentNodes;

    @Option(names = "--allow-private", description = "Treat access=private ways and barriers as walkable.")
    boolean allowPrivate;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Options.requireMeters("--max-walk-meters", maxWalkMeters, Defaults.MAX_WALK_METERS);
        NetworkQaRequest request = new NetworkQaRequest(osm, out, Optional.ofNullable(sourceNodes), maxWalkMeters,
                minComponentNodes, allowPrivate);
        NetworkQaSummary summary = new NetworkQa(request).run();
        spec.commandLine().getOut().printf("graph: %d nodes, %d edges, %d components kept, %d dropped (%d nodes); wrote %s%n",
                summary.graph().nodes(), summary.graph().edges(), summary.graph().components(),
                summary.graph().droppedComponents(), summary.graph().droppedNodes(), out);
        return 0;
    }
}
