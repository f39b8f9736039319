package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.lifecircle.network.Snap;
import org.lifecircle.network.TestNetwork;
import org.lifecircle.network.WalkingGraph;

/**
 * A seeded random walking network (a jittered grid with missing streets, a few long diagonals,
 * bends and pieces cut off), with facilities and areas' access points snapped at random places:
 * on nodes, inside edges, on the facilities' own edges, and some facilities not snapped at all.
 */
record RandomInstance(WalkingGraph graph, List<Optional<Snap>> facilities, AreaAccess areas) {

    static RandomInstance of(Random random) {
        int side = 3 + random.nextInt(6);
        TestNetwork net = new TestNetwork();
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                net.node(i + "/" + j, i * 80 + random.nextDouble() * 30, j * 80 + random.nextDouble() * 30);
            }
        }
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                if (i + 1 < side && random.nextDouble() < 0.8) {
                    net.edge(i + "/" + j, (i + 1) + "/" + j);
                }
                if (j + 1 < side && random.nextDouble() < 0.8) {
                    addMaybeBent(net, random, i + "/" + j, i + "/" + (j + 1), i * 80, j * 80 + 40);
                }
                if (i + 2 < side && j + 1 < side && random.nextDouble() < 0.1) {
                    net.edge(i + "/" + j, (i + 2) + "/" + (j + 1));
                }
            }
        }
        WalkingGraph graph = net.build().graph();
        return new RandomInstance(graph, facilities(graph, random), areas(graph, random));
    }

    private static void addMaybeBent(TestNetwork net, Random random, String from, String to, double x, double y) {
        if (random.nextDouble() < 0.2) {
            net.edgeVia(from, to, x + 20 + random.nextDouble() * 20, y);
        } else {
            net.edge(from, to);
        }
    }

    private static List<Optional<Snap>> facilities(WalkingGraph graph, Random random) {
        List<Optional<Snap>> facilities = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        for (int f = 0; f < count; f++) {
            facilities.add(random.nextDouble() < 0.15 ? Optional.empty() : Optional.of(randomSnap(graph, random)));
        }
        return facilities;
    }

    /** Areas of 0-4 access points; some lie on a facility's edge, where the direct walk along it counts. */
    private static AreaAccess areas(WalkingGraph graph, Random random) {
        List<List<Snap>> areas = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        for (int a = 0; a < count; a++) {
            List<Snap> points = new ArrayList<>();
            int size = random.nextInt(5);
            for (int p = 0; p < size; p++) {
                points.add(randomSnap(graph, random));
            }
            areas.add(points);
        }
        return AreaAccess.ofSnaps(areas, 300);
    }

    static Snap randomSnap(WalkingGraph graph, Random random) {
        int edge = random.nextInt(Math.min(graph.edgeCount(), 1 + random.nextInt(6)) == 1 ? 1 : graph.edgeCount());
        double length = graph.edgeLengthMeters(edge);
        double kind = random.nextDouble();
        double offset = kind < 0.15 ? 0 : kind < 0.25 ? length : random.nextDouble() * length;
        double off = random.nextDouble() < 0.2 ? 0 : random.nextDouble() * 60;
        return new Snap(edge, offset, length, off, 0, 0);
    }
}
