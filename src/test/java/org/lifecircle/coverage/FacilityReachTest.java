package org.lifecircle.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.io.inputs.CategoryTable;
import org.lifecircle.io.inputs.FacilityLayer;
import org.lifecircle.io.inputs.ResidentialLayer;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.model.Facility;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.network.Snap;
import org.lifecircle.network.Snapper;
import org.lifecircle.network.TestNetwork;
import org.lifecircle.network.WalkingGraph;

class FacilityReachTest {

    /*
     *   A ----100---- B ----100---- C
     *   |                           |
     *  100                         100
     *   |                           |
     *   D -----------200----------- E
     *
     *  facility F on A-B 30 m from A, 10 m off the network
     *  area X: access points on B-C 40 m from B (5 m off) and on D-E 150 m from D (20 m off)
     *  area Y: on A-B 80 m from A, 2 m off (the facility's own edge)
     *  area Z: on D-E 190 m from D, on the network
     */
    private static final TestNetwork.Built RING = new TestNetwork()
            .node("A", 0, 0).node("B", 100, 0).node("C", 200, 0).node("D", 0, -100).node("E", 200, -100)
            .edge("A", "B").edge("B", "C").edge("A", "D").edge("C", "E").edge("D", "E")
            .build();

    /** A point {@code meters} along the edge from {@code from} towards {@code to}, {@code off} metres away. */
    static Snap pointOn(TestNetwork.Built net, String from, String to, double meters, double off) {
        int edge = net.edge(from, to);
        double length = net.graph().edgeLengthMeters(edge);
        double offset = net.graph().edgeFrom(edge) == net.node(from) ? meters : length - meters;
        return new Snap(edge, offset, length, off, 0, 0);
    }

    private static ReachPairs ringReach(double maxWalkMeters) {
        AreaAccess areas = AreaAccess.ofSnaps(List.of(
                List.of(pointOn(RING, "B", "C", 40, 5), pointOn(RING, "D", "E", 150, 20)),
                List.of(pointOn(RING, "A", "B", 80, 2)),
                List.of(pointOn(RING, "D", "E", 190, 0))), 300);
        List<Optional<Snap>> facilities = List.of(Optional.empty(), Optional.of(pointOn(RING, "A", "B", 30, 10)));
        return new FacilityReach(RING.graph(), facilities, areas).maxWalkMeters(maxWalkMeters).run();
    }

    @Test
    void distancesAreTheWalkFromTheBestAccessPointIncludingBothLegs() {
        ReachPairs reach = ringReach(300);
        // X: F->B 10 + 70 = 80, B->point 40, + 5 = 125; via D-E: F->A->D 10 + 30 + 100 = 140, + 150 + 20 = 310.
        // Y: along the shared edge 10 + |30 - 80| + 2 = 62 (through B it would be 80 + 20 + 2 = 102).
        // Z: via E 80 + 100 + 100 + 10 = 290 beats via D 140 + 190 = 330.
        assertThat(reach.size()).isEqualTo(3);
        assertThat(reach.facility(0)).isEqualTo(1);
        assertThat(reach.area(0)).isZero();
        assertThat(reach.distanceMeters(0)).isCloseTo(125, within(0.01));
        assertThat(reach.area(1)).isEqualTo(1);
        assertThat(reach.distanceMeters(1)).isCloseTo(62, within(0.01));
        assertThat(reach.area(2)).isEqualTo(2);
        assertThat(reach.distanceMeters(2)).isCloseTo(290, within(0.01));
        assertThat(reach.firstPairOf(0)).isEqualTo(reach.endPairOf(0));   // the unsnapped facility: no pairs
        assertThat(reach.endPairOf(1) - reach.firstPairOf(1)).isEqualTo(3);
    }

    @Test
    void areasBeyondTheLimitAreNotPairs() {
        ReachPairs reach = ringReach(280);
        assertThat(reach.size()).isEqualTo(2);
        assertThat(reach.area(1)).isEqualTo(1);
        // At 60 m even Y, 62 m away along the shared edge, is out.
        assertThat(ringReach(60).size()).isZero();
    }

    @Test
    void aLimitThatIsNotAFiniteDistanceIsRefused() {
        FacilityReach reach = new FacilityReach(RING.graph(), List.of(), AreaAccess.ofSnaps(List.of(), 300));
        assertThatThrownBy(() -> reach.maxWalkMeters(Double.NaN)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reach.maxWalkMeters(-1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void randomGraphsGiveExactlyWhatOneMultiSourceSearchPerFacilityGives() {
        Random random = new Random(20240601);
        for (int round = 0; round < 40; round++) {
            RandomInstance instance = RandomInstance.of(random);
            double limit = 50 + random.nextDouble() * 700;
            List<ReachOracle.Pair> expected = ReachOracle.pairs(instance.graph(), instance.facilities(),
                    instance.areas(), limit);
            for (int threads = 1; threads <= 3; threads++) {
                ReachPairs reach = new FacilityReach(instance.graph(), instance.facilities(), instance.areas())
                        .maxWalkMeters(limit).threads(threads).run();
                assertThat(ReachOracle.pairsOf(reach)).as("round %d, %d threads", round, threads)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void theDemoCityGivesExactlyWhatOneMultiSourceSearchPerFacilityGives() {
        Path demo = Path.of("gis-data", "demo");
        WalkingGraph graph = new OsmNetworkLoader(PedestrianAccess.standard()).load(demo.resolve("network.osm")).graph();
        List<Facility> facilities = new FacilityLayer(CategoryTable.load()).facilities(FeatureFiles.read(
                new FileWithCrs(demo.resolve("facilities.csv"), Optional.of(CrsSpec.gcj02()))), "facilities.csv");
        List<ResidentialArea> areas = new ResidentialLayer().areas(FeatureFiles.read(
                new FileWithCrs(demo.resolve("residential.geojson"), Optional.empty())));
        Snapper snapper = new Snapper(graph, Snapper.DEFAULT_MAX_SNAP_METERS);
        List<Optional<Snap>> snaps = new ArrayList<>();
        for (Facility f : facilities) {
            snaps.add(snapper.findSnap(f.lon(), f.lat()));
        }
        AreaAccess access = AreaAccess.of(graph, areas, Snapper.DEFAULT_MAX_SNAP_METERS,
                AccessPointSampler.DEFAULT_SPACING_METERS);
        for (double limit : new double[] {300, 1000}) {
            List<ReachOracle.Pair> expected = ReachOracle.pairs(graph, snaps, access, limit);
            assertThat(expected).as("pairs at %s m", limit).hasSizeGreaterThan(facilities.size());
            ReachPairs reach = new FacilityReach(graph, snaps, access).maxWalkMeters(limit).run();
            assertThat(ReachOracle.pairsOf(reach)).containsExactlyElementsOf(expected);
        }
    }
}
