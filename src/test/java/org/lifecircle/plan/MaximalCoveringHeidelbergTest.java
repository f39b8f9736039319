package org.lifecircle.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifecircle.coverage.AccessPointSampler;
import org.lifecircle.coverage.AreaAccess;
import org.lifecircle.geo.LocalPlane;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.model.Population;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.testdata.TestData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A medium instance on the real Heidelberg network (30,000 nodes): 1,500 square compounds of 60 m
 * with 20..120 whole residents and 400 candidate sites drawn from a seed in the central 4 km
 * square, nothing covered yet, 500 m threshold. The heuristic's value must lie within its reported
 * gap of CP-SAT's proven optimum, and CP-SAT's bound must hold the heuristic's objective.
 */
class MaximalCoveringHeidelbergTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static SuggestionInstance problem;

    @BeforeAll
    static void place() {
        WalkingGraph graph = new OsmNetworkLoader(PedestrianAccess.standard()).load(TestData.osm("heidelberg-2024"))
                .graph();
        double lon = 0;
        double lat = 0;
        for (int n = 0; n < graph.nodeCount(); n++) {
            lon += graph.nodeLon(n) / graph.nodeCount();
            lat += graph.nodeLat(n) / graph.nodeCount();
        }
        LocalPlane plane = new LocalPlane(lat);
        SplittableRandom random = new SplittableRandom(17);
        List<ResidentialArea> areas = new ArrayList<>();
        double[] residents = new double[1500];
        for (int a = 0; a < residents.length; a++) {
            residents[a] = 20 + random.nextInt(101);
            double x = (random.nextDouble() - 0.5) * 4000;
            double y = (random.nextDouble() - 0.5) * 4000;
            Coordinate[] ring = new Coordinate[5];
            double[][] corners = {{-30, -30}, {30, -30}, {30, 30}, {-30, 30}, {-30, -30}};
            for (int i = 0; i < 5; i++) {
                ring[i] = new Coordinate(lon + (x + corners[i][0]) / plane.metersPerDegreeLon(),
                        lat + (y + corners[i][1]) / plane.metersPerDegreeLat());
            }
            areas.add(new ResidentialArea("A" + a, "", "test", GEOMETRY.createPolygon(ring),
                    new Population(residents[a], Population.Source.ATTRIBUTE), List.of(), Double.NaN));
        }
        AreaAccess access = AreaAccess.of(graph, areas, 300, AccessPointSampler.DEFAULT_SPACING_METERS);
        List<CandidateSite> candidates = new ArrayList<>();
        for (int c = 0; c < 400; c++) {
            double x = (random.nextDouble() - 0.5) * 4000;
            double y = (random.nextDouble() - 0.5) * 4000;
            candidates.add(new CandidateSite("c" + c, "", lon + x / plane.metersPerDegreeLon(),
                    lat + y / plane.metersPerDegreeLat(), OptionalInt.empty(), "drawn " + c));
        }
        problem = new SiteReach(graph, access, candidates, new boolean[areas.size()], residents).maxWalkMeters(500)
                .maxSnapMeters(2000).run();
    }

    @Test
    void heuristicLiesWithinItsGapOfTheExactOptimum() {
        for (int k : new int[] {5, 15, 30}) {
            CoveringSolution heuristic = new MaximalCovering(problem.instance(), k).exactCandidateLimit(0).run();
            CoveringSolution exact = new MaximalCovering(problem.instance(), k).timeLimitSeconds(30).runExact();
            assertThat(exact.method()).as("K = %d", k).isEqualTo(SolveMethod.EXACT);
            assertThat(exact.objective()).as("K = %d", k).isLessThanOrEqualTo(heuristic.bound() + 1e-6)
                    .isGreaterThanOrEqualTo(heuristic.objective() - 1e-6);
            assertThat(heuristic.objective()).as("K = %d", k)
                    .isGreaterThanOrEqualTo((1 - heuristic.gap()) * exact.objective() - 1e-6);
            assertThat(exact.bound()).isEqualTo(exact.objective());
        }
    }
}
