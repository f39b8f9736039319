package org.lifecircle.io.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.network.TestNetwork;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.testdata.TestData;

class OsmNetworkLoaderTest {

    @TempDir
    Path folder;

    /** Node with id at x, y metres from the test origin, with optional tags as k=v pairs. */
    private static String node(long id, double x, double y, String... tags) {
        StringBuilder xml = new StringBuilder("<node id=\"" + id + "\" lon=\"" + TestNetwork.lon(x)
                + "\" lat=\"" + TestNetwork.lat(y) + "\">");
        for (String tag : tags) {
            String[] kv = tag.split("=", 2);
            xml.append("<tag k=\"").append(kv[0]).append("\" v=\"").append(kv[1]).append("\"/>");
        }
        return xml.append("</node>\n").toString();
    }

    private static String way(long id, String tags, long... refs) {
        StringBuilder xml = new StringBuilder("<way id=\"" + id + "\">");
        for (long ref : refs) {
            xml.append("<nd ref=\"").append(ref).append("\"/>");
        }
        for (String tag : tags.split(" ")) {
            String[] kv = tag.split("=", 2);
            xml.append("<tag k=\"").append(kv[0]).append("\" v=\"").append(kv[1]).append("\"/>");
        }
        return xml.append("</way>\n").toString();
    }

    private Path osm(String body) throws IOException {
        Path file = folder.resolve("test.osm");
        Files.writeString(file, "<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\">\n" + body + "</osm>\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private OsmNetwork load(String body) throws IOException {
        return new OsmNetworkLoader(PedestrianAccess.standard()).minComponentNodes(1).load(osm(body));
    }

    private static int nodeWithOsmId(WalkingGraph graph, long osmId) {
        for (int n = 0; n < graph.nodeCount(); n++) {
            if (graph.nodeOsmId(n) == osmId) {
                return n;
            }
        }
        throw new AssertionError("no node " + osmId);
    }

    /*
     *  1 ----- 2 ----- 3        way 10: 1-2-3 (footway)
     *          |                way 11: 2-4   (residential)
     *          4                node 2 is shared: both ways are split there
     */
    @Test
    void waysAreSplitAtSharedNodesOnly() throws IOException {
        OsmNetwork net = load(node(1, 0, 0) + node(2, 100, 0) + node(3, 200, 0) + node(4, 100, -100)
                + way(10, "highway=footway", 1, 2, 3) + way(11, "highway=residential", 2, 4));
        WalkingGraph g = net.graph();
        assertThat(g.nodeCount()).isEqualTo(4);
        assertThat(g.edgeCount()).isEqualTo(3);
        assertThat(g.adjacencyEnd(nodeWithOsmId(g, 2)) - g.adjacencyStart(nodeWithOsmId(g, 2))).isEqualTo(3);
    }

    /*
     *  1 --- 5 --- 6 --- 3      way 10 bends through 5 and 6, shared with nothing: one edge of
     *                           300 m with two shape points, not three edges.
     */
    @Test
    void unsharedNodesStayAsShapePoints() throws IOException {
        OsmNetwork net = load(node(1, 0, 0) + node(5, 100, 0) + node(6, 200, 0) + node(3, 300, 0)
                + way(10, "highway=path", 1, 5, 6, 3));
        WalkingGraph g = net.graph();
        assertThat(g.nodeCount()).isEqualTo(2);
        assertThat(g.edgeCount()).isEqualTo(1);
        assertThat(g.edgeVertexCount(0)).isEqualTo(4);
        assertThat(g.edgeLengthMeters(0)).isCloseTo(300, within(0.01));
        assertThat(g.edgeOsmWayId(0)).isEqualTo(10);
        assertThat(g.edgeHighway(0)).isEqualTo("path");
    }

    /*
     *  1 ---- 2 ---- W ---- 3     W: barrier=wall on the footway; nothing passes W,
     *                             so 1-2 and 3 end up in different components.
     */
    @Test
    void blockingBarrierCutsTheWay() throws IOException {
        OsmNetwork net = load(node(1, 0, 0) + node(2, 100, 0) + node(7, 200, 0, "barrier=wall") + node(3, 300, 0)
                + way(10, "highway=footway", 1, 2, 7, 3));
        WalkingGraph g = net.graph();
        assertThat(g.componentCount()).isEqualTo(2);
        assertThat(g.nodeComponent(nodeWithOsmId(g, 1))).isNotEqualTo(g.nodeComponent(nodeWithOsmId(g, 3)));
        assertThat(net.read().blockingBarriers()).isEqualTo(1);
    }

    /*  Same drawing, but G is barrier=gate: passable, one component, 300 m end to end. */
    @Test
    void passableBarrierKeepsTheWayWhole() throws IOException {
        OsmNetwork net = load(node(1, 0, 0) + node(7, 200, 0, "barrier=gate") + node(3, 300, 0)
                + way(10, "highway=footway", 1, 7, 3));
        assertThat(net.graph().componentCount()).isEqualTo(1);
        assertThat(net.graph().edgeCount()).isEqualTo(1);
        assertThat(net.read().blockingBarriers()).isZero();
    }

    /*
     *  1 ---- 2 ---- (99) ---- 3    node 99 is not in the file (way clipped by the extract):
     *                               the way is cut there and the reference counted.
     */
    @Test
    void missingNodeReferencesCutTheWayAndAreCounted() throws IOException {
        OsmNetwork net = load(node(1, 0, 0) + node(2, 100, 0) + node(3, 300, 0) + node(4, 400, 0)
                + way(10, "highway=footway", 1, 2, 99, 3, 4));
        assertThat(net.read().missingNodeRefs()).isEqualTo(1);
        assertThat(net.graph().edgeCount()).isEqualTo(2);
        assertThat(net.graph().componentCount()).isEqualTo(2);
    }

    /*  A closed pedestrian area 1-2-3-4-1: walkable along its outline. */
    @Test
    void pedestrianAreaOutlineIsWalkable() throws IOException {
        OsmNetwork net = load(node(1, 0, 0) + node(2, 100, 0) + node(3, 100, 100) + node(4, 0, 100)
                + node(5, -100, 0) + way(10, "highway=pedestrian area=yes", 1, 2, 3, 4, 1)
                + way(11, "highway=footway", 5, 1));
        WalkingGraph g = net.graph();
        assertThat(g.componentCount()).isEqualTo(1);
        double total = 0;
        for (int e = 0; e < g.edgeCount(); e++) {
            total += g.edgeLengthMeters(e);
        }
        assertThat(total).isCloseTo(400 + 100, within(0.05));
    }

    @Test
    void nonWalkableWaysAreLeftOut() throws IOException {
        OsmNetwork net = load(node(1, 0, 0) + node(2, 100, 0) + node(3, 200, 0)
                + way(10, "highway=footway", 1, 2) + way(11, "highway=motorway", 2, 3));
        assertThat(net.graph().edgeCount()).isEqualTo(1);
        assertThat(net.read().walkableWays()).isEqualTo(1);
        assertThat(net.read().waysRead()).isEqualTo(2);
    }

    @Test
    void fileWithoutWalkableWaysIsAnInputError() throws IOException {
        Path file = osm(node(1, 0, 0) + node(2, 100, 0) + way(10, "building=yes", 1, 2));
        assertThatThrownBy(() -> new OsmNetworkLoader(PedestrianAccess.standard()).load(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("test.osm").hasMessageContaining("no walkable ways");
    }

    @Test
    void chengduExtractBuildsOneLargeComponent() {
        Path chengdu = TestData.osm("chengdu-central-2018");
        OsmNetwork net = new OsmNetworkLoader(PedestrianAccess.standard()).load(chengdu);
        WalkingGraph g = net.graph();
        assertThat(net.read().nodesRead()).isEqualTo(24_617);
        assertThat(g.componentNodeCount(0)).isGreaterThan(g.nodeCount() * 9 / 10);
        assertThat(net.build().droppedComponents()).isPositive();
        for (int c = 0; c < g.componentCount(); c++) {
            assertThat(g.componentNodeCount(c)).isGreaterThanOrEqualTo(50);
        }
        // The extract spans 104.04-104.13E, 30.65-30.73N; ways crossing its edge are complete in it.
        assertThat(g.edgeIndex().bounds().minLon()).isBetween(103.95, 104.05);
        assertThat(g.edgeIndex().bounds().maxLat()).isBetween(30.72, 30.8);
    }
}
