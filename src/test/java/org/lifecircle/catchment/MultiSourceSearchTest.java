package org.lifecircle.catchment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lifecircle.network.Snap;
import org.lifecircle.network.TestNetwork;
import org.lifecircle.network.WalkingGraph;

class MultiSourceSearchTest {

    /*
     *  A ---100--- B ---100--- C ---100--- D ---100--- E
     *              |                                   |
     *             300                                 100
     *              |                                   |
     *              F ---------------400--------------- G
     */
    private static final TestNetwork.Built LINE = new TestNetwork()
            .node("A", 0, 0).node("B", 100, 0).node("C", 200, 0).node("D", 300, 0).node("E", 400, 0)
            .node("F", 100, -300).node("G", 400, -100)
            .edge("A", "B").edge("B", "C").edge("C", "D").edge("D", "E")
            .edge("B", "F").edge("E", "G").edgeVia("F", "G", 400, -300)
            .build();

    private static SearchResult search(double maxWalkMeters, Snap... sources) {
        return new MultiSourceSearch(LINE.graph(), List.of(sources)).maxWalkMeters(maxWalkMeters).run();
    }

    private static Snap at(String node) {
        return Snap.atNode(LINE.graph(), LINE.node(node));
    }

    @Test
    void singleSourceDistancesFollowTheNetwork() {
        SearchResult r = search(10_000, at("A"));
        assertThat(r.distanceMeters(LINE.node("C"))).isCloseTo(200, within(0.01));
        assertThat(r.distanceMeters(LINE.node("F"))).isCloseTo(400, within(0.01));
        // G: via E (400 + 100) beats via F (400 + 300 + 200... the bend F-(400,-300)-G is 500 m).
        assertThat(r.distanceMeters(LINE.node("G"))).isCloseTo(500, within(0.01));
    }

    @Test
    void eachNodeGetsItsNearestSource() {
        SearchResult r = search(10_000, at("A"), at("E"));
        assertThat(r.nearestSource(LINE.node("B"))).isZero();
        assertThat(r.nearestSource(LINE.node("D"))).isEqualTo(1);
        assertThat(r.distanceMeters(LINE.node("D"))).isCloseTo(100, within(0.01));
        assertThat(r.nearestSource(LINE.node("F"))).isZero();
    }

    @Test
    void nodesBeyondTheLimitAreNotReached() {
        SearchResult r = search(250, at("A"));
        assertThat(r.isReached(LINE.node("C"))).isTrue();
        assertThat(r.isReached(LINE.node("D"))).isFalse();
        assertThat(r.distanceMeters(LINE.node("D"))).isInfinite();
        assertThat(r.nearestSource(LINE.node("D"))).isEqualTo(-1);
        assertThat(r.reachedNodeCount()).isEqualTo(3);
    }

    @Test
    void aNodeExactlyAtTheLimitIsReached() {
        SearchResult r = search(200, at("A"));
        assertThat(r.isReached(LINE.node("C"))).isTrue();
    }

    @Test
    void sourceInsideAnEdgeSeedsBothEndsWithItsPartialLengths() {
        int cd = LINE.edge("C", "D");
        double length = LINE.graph().edgeLengthMeters(cd);
        boolean fromC = LINE.graph().edgeFrom(cd) == LINE.node("C");
        Snap thirtyFromC = new Snap(cd, fromC ? 30 : length - 30, length, 0, 0, 0);
        SearchResult r = search(10_000, thirtyFromC);
        assertThat(r.distanceMeters(LINE.node("C"))).isCloseTo(30, within(0.01));
        assertThat(r.distanceMeters(LINE.node("D"))).isCloseTo(70, within(0.01));
        assertThat(r.distanceMeters(LINE.node("A"))).isCloseTo(230, within(0.01));
    }

    @Test
    void partiallyReachedEdgeReportsItsReachedLength() {
        // From A with 250 m: A-B, B-C whole, C-D 50 m of 100; B-F 150 m of 300.
        SearchResult r = search(250, at("A"));
        assertThat(r.reachedLengthMeters(LINE.edge("A", "B"))).isCloseTo(100, within(0.01));
        assertThat(r.reachedLengthMeters(LINE.edge("C", "D"))).isCloseTo(50, within(0.01));
        assertThat(r.reachedLengthMeters(LINE.edge("B", "F"))).isCloseTo(150, within(0.01));
        assertThat(r.reachedLengthMeters(LINE.edge("D", "E"))).isZero();
    }

    @Test
    void edgeReachedFromBothEndsHasTwoPieces() {
        // Sources at B and E: C and D are 100 m away. With 130 m, 30 m of C-D from each end.
        SearchResult narrow = search(130, at("B"), at("E"));
        List<double[]> pieces = narrow.reachedPieces(LINE.edge("C", "D"));
        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0)[1] - pieces.get(0)[0]).isCloseTo(30, within(0.01));
        assertThat(narrow.reachedLengthMeters(LINE.edge("C", "D"))).isCloseTo(60, within(0.01));
        // With 180 m the two pieces (80 m each) overlap: the whole edge, counted once.
        SearchResult wide = search(180, at("B"), at("E"));
        assertThat(wide.reachedPieces(LINE.edge("C", "D"))).hasSize(1);
        assertThat(wide.reachedLengthMeters(LINE.edge("C", "D"))).isCloseTo(100, within(0.01));
    }

    @Test
    void distanceToAPointOnAnEdgeTakesTheShorterEnd() {
        int bf = LINE.edge("B", "F");
        double length = LINE.graph().edgeLengthMeters(bf);
        boolean fromB = LINE.graph().edgeFrom(bf) == LINE.node("B");
        Snap pointTenFromF = new Snap(bf, fromB ? length - 10 : 10, length, 0, 0, 0);
        SourceDistance d = search(10_000, at("G")).nearestTo(pointTenFromF);
        // From G: to F is 500 (bend) vs 100 + 300 + 100 + 300 = 800 through B: 500 + 10.
        assertThat(d.distanceMeters()).isCloseTo(510, within(0.01));
        assertThat(d.source()).isZero();
    }

    @Test
    void distanceToAPointOnTheSourcesOwnEdgeIsDirect() {
        int bf = LINE.edge("B", "F");
        double length = LINE.graph().edgeLengthMeters(bf);
        Snap source = new Snap(bf, 100, length, 0, 0, 0);
        Snap target = new Snap(bf, 160, length, 0, 0, 0);
        assertThat(search(1000, source).distanceMeters(target)).isCloseTo(60, within(1e-9));
        assertThat(search(50, source).distanceMeters(target)).isInfinite();
    }

    @Test
    void noSourcesReachNothing() {
        assertThat(search(1000).reachedNodeCount()).isZero();
    }

    /** On LINE with sources A and E swept one after the other: E's sweep must win D and G back from A. */
    @Test
    void sourcesSweptOneGroupAtATimeStillGetTheNearestSource() {
        SearchResult r = new MultiSourceSearch(LINE.graph(), List.of(at("A"), at("E"))).maxWalkMeters(10_000)
                .sourcesPerSweep(1).run();
        assertThat(r.distanceMeters(LINE.node("D"))).isCloseTo(100, within(0.01));
        assertThat(r.nearestSource(LINE.node("D"))).isEqualTo(1);
        assertThat(r.distanceMeters(LINE.node("G"))).isCloseTo(100, within(0.01));
        assertThat(r.distanceMeters(LINE.node("B"))).isCloseTo(100, within(0.01));
        assertThat(r.nearestSource(LINE.node("B"))).isZero();
        assertThat(r.distanceMeters(LINE.node("F"))).isCloseTo(400, within(0.01));
    }

    /**
     * A 12 x 12 mesh with 3 cm sides, entered by four 2 km spurs: at a 10 km limit a distance
     * bucket is 15 cm wide (at 10,000 km, 2.4 m), so most mesh edges end in the bucket they start
     * from and nodes there are improved after being settled once; the result must still be exact.
     */
    @Test
    void edgesShorterThanADistanceBucketStillGiveExactDistances() {
        TestNetwork net = new TestNetwork();
        int side = 12;
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                net.node("m" + i + "_" + j, i * 0.03, j * 0.03);
                if (i > 0) {
                    net.edge("m" + (i - 1) + "_" + j, "m" + i + "_" + j);
                }
                if (j > 0) {
                    net.edge("m" + i + "_" + (j - 1), "m" + i + "_" + j);
                }
            }
        }
        net.node("W", -2000, 0.1).node("E", 2000.07, 0.2).node("S", 0.15, -2000).node("N", 0.2, 2000.13);
        net.edge("W", "m0_3").edge("E", "m11_6").edge("S", "m5_0").edge("N", "m6_11");
        TestNetwork.Built built = net.build();
        WalkingGraph graph = built.graph();
        assertThat(graph.nodeCount()).isEqualTo(side * side + 4);
        List<Snap> sources = new ArrayList<>();
        for (String spur : List.of("W", "E", "S", "N")) {
            sources.add(Snap.atNode(graph, built.node(spur)));
        }
        for (double limit : new double[] {10_000, 1e7}) {  // 1e7 m: the queue's widest buckets
            double[] oracle = SingleSourceOracle.minOverSources(graph, sources, limit);
            assertAgreesWithOracle(graph, sources, oracle, new MultiSourceSearch(graph, sources).maxWalkMeters(limit));
            assertAgreesWithOracle(graph, sources, oracle,
                    new MultiSourceSearch(graph, sources).maxWalkMeters(limit).sourcesPerSweep(1));
        }
    }

    @Test
    void aSnapDistanceBelowZeroIsRefused() {
        int ab = LINE.edge("A", "B");
        double length = LINE.graph().edgeLengthMeters(ab);
        assertThatThrownBy(() -> new Snap(ab, 0, length, -5, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("snap distance");
        assertThatThrownBy(() -> new Snap(ab, 0, length, Double.NaN, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreesWithOneDijkstraPerSourceOnARandomNetwork() {
        Random random = new Random(42);
        TestNetwork net = new TestNetwork();
        int n = 400;
        for (int i = 0; i < n; i++) {
            net.node("n" + i, random.nextDouble() * 3000, random.nextDouble() * 3000);
        }
        for (int i = 1; i < n; i++) {
            net.edge("n" + i, "n" + random.nextInt(i));
            if (random.nextBoolean()) {
                net.edge("n" + i, "n" + random.nextInt(n));
            }
        }
        TestNetwork.Built built = net.build();
        WalkingGraph graph = built.graph();
        for (int round = 0; round < 5; round++) {
            List<Snap> sources = new ArrayList<>();
            for (int s = 0; s < 1 + round * 7; s++) {
                int edge = random.nextInt(graph.edgeCount());
                double length = graph.edgeLengthMeters(edge);
                sources.add(new Snap(edge, random.nextDouble() * length, length, 0, 0, 0));
            }
            double limit = 500 + round * 400;
            double[] oracle = SingleSourceOracle.minOverSources(graph, sources, limit);
            assertAgreesWithOracle(graph, sources, oracle, new MultiSourceSearch(graph, sources).maxWalkMeters(limit));
            for (int group : new int[] {1, 3, 16}) {
                assertAgreesWithOracle(graph, sources, oracle,
                        new MultiSourceSearch(graph, sources).maxWalkMeters(limit).sourcesPerSweep(group));
            }
        }
    }

    private static void assertAgreesWithOracle(WalkingGraph graph, List<Snap> sources, double[] oracle,
                                               MultiSourceSearch search) {
        SearchResult r = search.run();
        for (int node = 0; node < graph.nodeCount(); node++) {
            if (Double.isInfinite(oracle[node])) {
                assertThat(r.isReached(node)).as("node %d", node).isFalse();
            } else {
                assertThat(r.distanceMeters(node)).as("node %d", node).isCloseTo(oracle[node], within(1e-9));
                assertThat(SingleSourceOracle.distance(graph, sources.get(r.nearestSource(node)), node))
                        .as("nearest source of node %d", node).isCloseTo(oracle[node], within(1e-6));
            }
        }
    }
}
