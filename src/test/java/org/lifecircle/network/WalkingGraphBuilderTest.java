package org.lifecircle.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.InvalidInputException;

class WalkingGraphBuilderTest {

    /*
     *  A ---100--- B ---100--- C          X --50-- Y
     *              |
     *             100                     (X-Y: a fragment of 2 nodes)
     *              |
     *              D
     */
    private static TestNetwork tee() {
        return new TestNetwork()
                .node("A", 0, 0).node("B", 100, 0).node("C", 200, 0).node("D", 100, -100)
                .node("X", 1000, 0).node("Y", 1050, 0)
                .edge("A", "B").edge("B", "C").edge("B", "D").edge("X", "Y");
    }

    @Test
    void lengthsAreGeodesicMetres() {
        TestNetwork.Built t = tee().build();
        assertThat(t.graph().edgeLengthMeters(t.edge("A", "B"))).isCloseTo(100, within(0.01));
        assertThat(t.graph().edgeLengthMeters(t.edge("B", "D"))).isCloseTo(100, within(0.01));
        assertThat(t.graph().edgeLengthMeters(t.edge("X", "Y"))).isCloseTo(50, within(0.01));
    }

    @Test
    void bentEdgeLengthFollowsItsGeometry() {
        /*
         *      (0,30)----(40,30)
         *        |          |
         *  P-----+          +-----Q      P(0,0)  Q(40,0): 30 + 40 + 30 = 100 m along the bend
         */
        TestNetwork.Built t = new TestNetwork().node("P", 0, 0).node("Q", 40, 0)
                .edgeVia("P", "Q", 0, 30, 40, 30).build();
        int e = t.edge("P", "Q");
        assertThat(t.graph().edgeLengthMeters(e)).isCloseTo(100, within(0.01));
        assertThat(t.graph().edgeVertexCount(e)).isEqualTo(4);
    }

    @Test
    void longShapeStepsAreSplitOnTheLineWithoutChangingLengthOrVertices() {
        /*
         *  (0,800) ------------------------- (900,800)      interior vertices 800 m and 900 m
         *     |                                  |          apart: beyond one 16-bit step, so
         *     P                                  Q          split points are added on the segments
         */
        TestNetwork.Built t = new TestNetwork().node("P", 0, 0).node("Q", 900, 0)
                .edgeVia("P", "Q", 0, 800, 900, 800).build();
        int e = t.edge("P", "Q");
        WalkingGraph g = t.graph();
        // 800 + 900 + 800, less 0.09 m because the top side lies 800 m north, where a degree of
        // longitude is shorter than at the origin the test places it by.
        double expected = org.lifecircle.geo.Geodesy.distanceMeters(TestNetwork.lon(0), TestNetwork.lat(0), TestNetwork.lon(0), TestNetwork.lat(800))
                + org.lifecircle.geo.Geodesy.distanceMeters(TestNetwork.lon(0), TestNetwork.lat(800), TestNetwork.lon(900), TestNetwork.lat(800))
                + org.lifecircle.geo.Geodesy.distanceMeters(TestNetwork.lon(900), TestNetwork.lat(800), TestNetwork.lon(900), TestNetwork.lat(0));
        // Coordinates are kept to 1e-7 degree (about 1 cm), so lengths agree to about a centimetre.
        assertThat(g.edgeLengthMeters(e)).isCloseTo(expected, within(0.01)).isCloseTo(2500, within(0.1));
        double[] lonLat = g.edgeLonLat(e);
        assertThat(g.edgeVertexCount(e)).isGreaterThan(4).isEqualTo(lonLat.length / 2);
        // Every vertex lies on the drawn bend: x = 0 or 900 m, or y = 800 m.
        for (int i = 0; i < lonLat.length; i += 2) {
            boolean onVertical = Math.abs(lonLat[i] - TestNetwork.lon(0)) < 2e-7 || Math.abs(lonLat[i] - TestNetwork.lon(900)) < 2e-7;
            boolean onTop = Math.abs(lonLat[i + 1] - TestNetwork.lat(800)) < 2e-7;
            assertThat(onVertical || onTop).as("vertex %d", i / 2).isTrue();
        }
        assertThat(g.edgeVertexLat(e, g.edgeVertexCount(e) - 1)).isCloseTo(TestNetwork.lat(0), within(1e-7));
    }

    @Test
    void componentsAreLabelledLargestFirst() {
        TestNetwork.Built t = tee().build();
        assertThat(t.graph().componentCount()).isEqualTo(2);
        assertThat(t.graph().componentNodeCount(0)).isEqualTo(4);
        assertThat(t.graph().nodeComponent(t.node("A"))).isZero();
        assertThat(t.graph().nodeComponent(t.node("X"))).isEqualTo(1);
    }

    @Test
    void componentsBelowTheMinimumAreDroppedAndCounted() {
        TestNetwork.Built t = tee().minComponentNodes(3).build();
        assertThat(t.graph().nodeCount()).isEqualTo(4);
        assertThat(t.graph().edgeCount()).isEqualTo(3);
        assertThat(t.contains("X")).isFalse();
        assertThat(t.report().droppedComponents()).isEqualTo(1);
        assertThat(t.report().droppedNodes()).isEqualTo(2);
        assertThat(t.report().droppedEdges()).isEqualTo(1);
        assertThat(t.report().keptComponents()).isEqualTo(1);
    }

    @Test
    void aComponentAtTheMinimumIsKept() {
        TestNetwork.Built t = tee().minComponentNodes(2).build();
        assertThat(t.contains("X")).isTrue();
        assertThat(t.report().droppedComponents()).isZero();
    }

    @Test
    void adjacencyListsEveryIncidentEdge() {
        TestNetwork.Built t = tee().build();
        int b = t.node("B");
        assertThat(t.graph().adjacencyEnd(b) - t.graph().adjacencyStart(b)).isEqualTo(3);
    }

    @Test
    void nodesAreNumberedAlongAHilbertCurve() {
        // A 32 x 32 grid: consecutive node ids must be neighbours on the map most of the time.
        TestNetwork net = new TestNetwork();
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                net.node(x + ":" + y, x * 50, y * 50);
            }
        }
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                if (x > 0) {
                    net.edge((x - 1) + ":" + y, x + ":" + y);
                }
                if (y > 0) {
                    net.edge(x + ":" + (y - 1), x + ":" + y);
                }
            }
        }
        WalkingGraph graph = net.build().graph();
        int adjacentPairs = 0;
        for (int n = 1; n < graph.nodeCount(); n++) {
            double dx = Math.abs(graph.nodeLon(n) - graph.nodeLon(n - 1)) * 86_000;
            double dy = Math.abs(graph.nodeLat(n) - graph.nodeLat(n - 1)) * 111_000;
            if (dx + dy < 60) {
                adjacentPairs++;
            }
        }
        // A Hilbert curve steps to a grid neighbour almost every time (the 32 columns do not fall on
        // the curve's own cell boundaries, so a few steps jump); row-major order would jump 31 times.
        assertThat(adjacentPairs).isGreaterThanOrEqualTo(graph.nodeCount() - 1 - 8);
    }

    @Test
    void emptyNetworkIsAnInputError() {
        assertThatThrownBy(() -> new WalkingGraphBuilder().build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no walkable ways");
    }

    @Test
    void networkWithOnlyFragmentsIsAnInputError() {
        assertThatThrownBy(() -> tee().minComponentNodes(50).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no connected part of at least 50 nodes (largest: 4)");
    }

    @Test
    void memoryIsCountedForEveryArray() {
        WalkingGraph graph = tee().build().graph();
        assertThat(graph.memoryBytes()).isGreaterThan(graph.nodeCount() * 24L + graph.edgeCount() * 20L);
    }
}
