package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.testdata.TestData;

class GraphCommandTest {

    private static final Path CHENGDU = TestData.osm("chengdu-central-2018");

    @TempDir
    static Path shared;
    private static Path qa;

    @TempDir
    Path folder;

    /** The result of one CLI run. */
    record Run(int exitCode, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LifeCircleCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void buildQaTablesOnce() throws IOException {
        Path sources = shared.resolve("sources.txt");
        Files.writeString(sources, "node_id\n0\n# a comment\n\n500\n");
        qa = shared.resolve("qa");
        Run run = cli("graph", "--osm", CHENGDU.toString(), "--out", qa.toString(), "--source-nodes",
                sources.toString(), "--max-walk-meters", "800");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static List<String[]> csv(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> line.split(",", -1)).toList();
    }

    @Test
    void nodesTableHasTheContractColumnsAndDistances() throws IOException {
        List<String[]> nodes = csv(qa.resolve("nodes.csv"));
        assertThat(nodes.get(0)).containsExactly("node_id", "osm_node_id", "lon", "lat", "component", "distance_m",
                "nearest_source");
        assertThat(nodes.get(1)[5]).isEqualTo("0.000");
        assertThat(nodes.get(1)[6]).isEqualTo("0");
        assertThat(nodes.get(501)[5]).isEqualTo("0.000");
        assertThat(nodes.get(501)[6]).isEqualTo("500");
        long beyond = nodes.stream().skip(1).filter(row -> row[5].isEmpty()).count();
        long reached = nodes.size() - 1 - beyond;
        assertThat(beyond).as("most of an 8 km extract is beyond 800 m of two nodes").isGreaterThan(reached);
        nodes.stream().skip(1).filter(row -> !row[5].isEmpty())
                .forEach(row -> assertThat(Double.parseDouble(row[5])).isBetween(0.0, 800.0));
        nodes.stream().skip(1).filter(row -> row[5].isEmpty()).forEach(row -> assertThat(row[6]).isEmpty());
    }

    @Test
    void aNeighbourOfASourceIsOneEdgeAway() throws IOException {
        List<String[]> edges = csv(qa.resolve("edges.csv"));
        assertThat(edges.get(0)).containsExactly("edge_id", "from_node", "to_node", "length_m", "osm_way_id", "highway");
        List<String[]> nodes = csv(qa.resolve("nodes.csv"));
        Map<String, Double> shortestFromSource = new HashMap<>();
        for (String[] edge : edges.subList(1, edges.size())) {
            String other = edge[1].equals("0") ? edge[2] : edge[2].equals("0") ? edge[1] : null;
            if (other != null && !other.equals("0")) {
                shortestFromSource.merge(other, Double.parseDouble(edge[3]), Math::min);
            }
        }
        assertThat(shortestFromSource).isNotEmpty();
        shortestFromSource.forEach((node, length) -> {
            double distance = Double.parseDouble(nodes.get(Integer.parseInt(node) + 1)[5]);
            assertThat(distance).isLessThanOrEqualTo(length + 0.001);
        });
    }

    @Test
    void summaryReportsCountsComponentsAndTimings() throws IOException {
        JsonNode summary = new ObjectMapper().readTree(qa.resolve("summary.json").toFile());
        long nodeRows = Files.lines(qa.resolve("nodes.csv")).count() - 1;
        assertThat(summary.at("/graph/nodes").asLong()).isEqualTo(nodeRows);
        assertThat(summary.at("/graph/build/droppedNodes").asInt()).isEqualTo(
                summary.at("/graph/build/inputNodes").asInt() - summary.at("/graph/nodes").asInt());
        assertThat(summary.at("/graph/components").asInt()).isPositive();
        // Ways that leave the extract are complete in it, so the network reaches past its 104.04E edge.
        assertThat(summary.at("/graph/bbox/minLon").asDouble()).isBetween(103.95, 104.05);
        assertThat(summary.at("/search/sources").asInt()).isEqualTo(2);
        assertThat(summary.at("/inputs/maxWalkMeters").asDouble()).isEqualTo(800);
        assertThat(summary.at("/timingsMillis/readAndBuild").asDouble()).isPositive();
        assertThat(summary.at("/osm/walkableWays").asInt()).isPositive();
    }

    @Test
    void withoutSourcesNodesHaveNoDistanceColumns() throws IOException {
        Path out = folder.resolve("plain");
        assertThat(cli("graph", "--osm", CHENGDU.toString(), "--out", out.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(out.resolve("nodes.csv")).get(0)).isEqualTo("node_id,osm_node_id,lon,lat,component");
        assertThat(new ObjectMapper().readTree(out.resolve("summary.json").toFile()).has("search")).isFalse();
    }

    @Test
    void missingOsmFileIsOneLineExitTwoAndWritesNothing() {
        Path out = folder.resolve("out");
        Run run = cli("graph", "--osm", folder.resolve("nowhere.osm").toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere.osm").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownSourceNodeNamesFileAndLine() throws IOException {
        Path sources = folder.resolve("bad-sources.txt");
        Files.writeString(sources, "3\n99999999\n");
        Run run = cli("graph", "--osm", CHENGDU.toString(), "--out", folder.resolve("out").toString(),
                "--source-nodes", sources.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad-sources.txt line 2").contains("99999999").contains("not in the graph");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void textInSourceNodesIsRejectedWithItsLine() throws IOException {
        Path sources = folder.resolve("text.txt");
        Files.writeString(sources, "12\nkindergarten\n");
        Run run = cli("graph", "--osm", CHENGDU.toString(), "--out", folder.resolve("out").toString(),
                "--source-nodes", sources.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("text.txt line 2").contains("'kindergarten' is not a node id");
    }

    @Test
    void notAnOsmFileIsRejected() throws IOException {
        Path html = folder.resolve("page.osm");
        Files.writeString(html, "<html><body>not osm</body></html>");
        Run run = cli("graph", "--osm", html.toString(), "--out", folder.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("page.osm");
    }

    @Test
    void emptyNetworkIsRejected() throws IOException {
        Path empty = folder.resolve("buildings.osm");
        Files.writeString(empty, "<osm version=\"0.6\"><node id=\"1\" lat=\"30.6\" lon=\"104.0\"/></osm>");
        Run run = cli("graph", "--osm", empty.toString(), "--out", folder.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("buildings.osm").contains("no walkable ways");
    }

    @Test
    void debugShowsTheStackTrace() {
        Run run = cli("graph", "--debug", "--osm", folder.resolve("nowhere.osm").toString(), "--out",
                folder.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void badOptionValueIsExitTwo() {
        Run run = cli("graph", "--osm", CHENGDU.toString(), "--out", folder.toString(), "--max-walk-meters", "far");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--max-walk-meters");
        Run negative = cli("graph", "--osm", CHENGDU.toString(), "--out", folder.toString(), "--max-walk-meters", "-5");
        assertThat(negative.exitCode()).isEqualTo(2);
    }
}
