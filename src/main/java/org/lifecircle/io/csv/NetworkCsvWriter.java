package org.lifecircle.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import org.lifecircle.catchment.SearchResult;
import org.lifecircle.io.files.AtomicFiles;
import org.lifecircle.network.WalkingGraph;

/**
 * The network QA tables a planner opens in QGIS: {@code nodes.csv} (with distances when a search
 * ran) and {@code edges.csv}. Column names are part of the output contract.
 */
public final class NetworkCsvWriter {

    private static final int COORDINATE_PLACES = 7;
    private static final int METER_PLACES = 3;

    private NetworkCsvWriter() {
    }

    /** nodes.csv: node_id, osm_node_id, lon, lat, component[, distance_m, nearest_source]. */
    public static void writeNodes(Path file, WalkingGraph graph, Optional<SearchResult> search, int[] sourceNodes) {
        AtomicFiles.writeText(file, writer -> {
            writer.write(search.isPresent()
                    ? "node_id,osm_node_id,lon,lat,component,distance_m,nearest_source\n"
                    : "node_id,osm_node_id,lon,lat,component\n");
            SearchResult result = search.orElse(null);
            StringBuilder line = new StringBuilder(96);
            for (int n = 0; n < graph.nodeCount(); n++) {
                line.setLength(0);
                line.append(n).append(',').append(graph.nodeOsmId(n)).append(',');
                Decimals.append(line, graph.nodeLon(n), COORDINATE_PLACES).append(',');
                Decimals.append(line, graph.nodeLat(n), COORDINATE_PLACES).append(',');
                line.append(graph.nodeComponent(n));
                if (result != null) {
                    appendDistance(line, result, n, sourceNodes);
                }
                write(writer, line);
            }
        });
    }

    /** Empty distance and source for nodes beyond the limit; the source is given as its node id. */
    private static void appendDistance(StringBuilder line, SearchResult result, int node, int[] sourceNodes) {
        line.append(',');
        if (result.isReached(node)) {
            Decimals.append(line, result.distanceMeters(node), METER_PLACES);
            line.append(',').append(sourceNodes[result.nearestSource(node)]);
        } else {
            line.append(',');
        }
    }

    /** edges.csv: edge_id, from_node, to_node, length_m, osm_way_id, highway. */
    public static void writeEdges(Path file, WalkingGraph graph) {
        AtomicFiles.writeText(file, writer -> {
            writer.write("edge_id,from_node,to_node,length_m,osm_way_id,highway\n");
            StringBuilder line = new StringBuilder(96);
            for (int e = 0; e < graph.edgeCount(); e++) {
                line.setLength(0);
                line.append(e).append(',').append(graph.edgeFrom(e)).append(',').append(graph.edgeTo(e)).append(',');
                Decimals.append(line, graph.edgeLengthMeters(e), METER_PLACES).append(',');
                line.append(graph.edgeOsmWayId(e)).append(',').append(CsvCells.text(graph.edgeHighway(e)));
                write(writer, line);
            }
        });
    }

    private static void write(Writer writer, StringBuilder line) throws IOException {
        writer.append(line).append('\n');
    }
}
