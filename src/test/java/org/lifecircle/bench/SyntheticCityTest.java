package org.lifecircle.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;
import org.lifecircle.network.GraphBuildResult;
import org.lifecircle.network.WalkingGraph;

class SyntheticCityTest {

    @Test
    void sameSeedGivesTheSameCityAndAnotherSeedAnother() {
        WalkingGraph a = SyntheticCity.generate(5, 30).graph();
        WalkingGraph b = SyntheticCity.generate(5, 30).graph();
        WalkingGraph c = SyntheticCity.generate(6, 30).graph();
        assertEquals(a.nodeCount(), b.nodeCount());
        assertEquals(a.edgeCount(), b.edgeCount());
        for (int e = 0; e < a.edgeCount(); e++) {
            assertEquals(a.edgeFrom(e), b.edgeFrom(e));
            assertEquals(a.edgeTo(e), b.edgeTo(e));
            assertEquals(a.edgeLengthMeters(e), b.edgeLengthMeters(e));
        }
        assertNotEquals(a.edgeCount() + ":" + totalLength(a), c.edgeCount() + ":" + totalLength(c));
    }

    @Test
    void streetsHaveCityLikeLengthsAndMostlyOneComponent() {
        WalkingGraph graph = SyntheticCity.generate(11, 50).graph();
        double meanMeters = totalLength(graph) / graph.edgeCount();
        assertTrue(meanMeters > 40 && meanMeters < 90, "mean edge length " + meanMeters);
        double longest = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            longest = Math.max(longest, graph.edgeLengthMeters(e));
        }
        assertTrue(longest < 170, "longest edge " + longest);
        assertTrue(graph.componentNodeCount(0) > 0.99 * graph.nodeCount());
        assertTrue(graph.nodeLon(0) > 117.19 && graph.nodeLat(0) > 39.09 && graph.nodeLat(0) < 39.2);
    }

    @Test
    void defaultCityHasOverTwoMillionNodesInCompactMemory() {
        GraphBuildResult city = SyntheticCity.generate(1);
        WalkingGraph graph = city.graph();
        assertTrue(graph.nodeCount() >= 2_000_000, "nodes " + graph.nodeCount());
        assertTrue(graph.memoryBytes() < 100L * graph.nodeCount(), "bytes " + graph.memoryBytes());
    }

    private static double totalLength(WalkingGraph graph) {
        double total = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            total += graph.edgeLengthMeters(e);
        }
        return total;
    }
}
