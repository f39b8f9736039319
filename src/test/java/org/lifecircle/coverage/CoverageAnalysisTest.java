package org.lifecircle.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.Category;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.Population;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.TestNetwork;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class CoverageAnalysisTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static final PolicyProfile PROFILE_300 = new PolicyProfile("test", "test", "", Map.of(
            Category.of("elderly_care"), CategoryRule.ofDistance(Category.of("elderly_care"), 300, OptionalDouble.of(100), "test")));

    /** A rectangle in metres from the test origin, as a WGS84 polygon. */
    static Geometry box(double x0, double y0, double x1, double y1) {
        return GEOMETRY.createPolygon(new Coordinate[] {c(x0, y0), c(x1, y0), c(x1, y1), c(x0, y1), c(x0, y0)});
    }

    static Coordinate c(double x, double y) {
        return new Coordinate(TestNetwork.lon(x), TestNetwork.lat(y));
    }

    static Facility elderly(String id, double x, double y) {
        return new Facility(id, Category.of("elderly_care"), "day_care", "", id, OptionalInt.empty(),
                TestNetwork.lon(x), TestNetwork.lat(y), "test");
    }

    static ResidentialArea area(String id, Geometry polygon, double residents, List<Coordinate> entrances) {
        return new ResidentialArea(id, id, "test", polygon, new Population(residents, Population.Source.ATTRIBUTE),
                entrances, Double.NaN);
    }

    /*
     *  north bank:   W0 ------------------------------------------- W1        y = 100
     *                              F (day-care, at x=500, y=110)
     *  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ river, no bridge ~~~~~~~~~~~~~~~~~~~~~~~~   y = 0
     *  south bank:   S0 ------------------------------------------- S1        y = -100
     *                              [ compound A: x 450..550, y -300..-120 ]
     *
     *  F is 230 m from compound A in a straight line, but the banks are not connected within
     *  the extent: A is a gap. With a bridge at x=500 it is covered.
     */
    private static TestNetwork banks(boolean bridge) {
        TestNetwork net = new TestNetwork()
                .node("W0", 0, 100).node("W1", 1000, 100).node("S0", 0, -100).node("S1", 1000, -100)
                .node("WM", 500, 100).node("SM", 500, -100)
                .edge("W0", "WM").edge("WM", "W1").edge("S0", "SM").edge("SM", "S1");
        return bridge ? net.edge("WM", "SM") : net;
    }

    @Test
    void riverWithoutBridgeLeavesTheAreaUncovered() {
        ResidentialArea a = area("A", box(450, -300, 550, -120), 800, List.of());
        CoverageResult result = new CoverageAnalysis(banks(false).build().graph(),
                List.of(elderly("F", 500, 110)), List.of(a), PROFILE_300).run();
        CategoryCoverage coverage = result.coverage().get(0).get(Category.of("elderly_care"));
        assertThat(coverage.covered()).isFalse();
        assertThat(coverage.hasDistance()).isFalse();
    }

    @Test
    void aBridgeCoversItAtTheNetworkDistance() {
        ResidentialArea a = area("A", box(450, -300, 550, -120), 800, List.of());
        CoverageResult result = new CoverageAnalysis(banks(true).build().graph(),
                List.of(elderly("F", 500, 110)), List.of(a), PROFILE_300).run();
        CategoryCoverage coverage = result.coverage().get(0).get(Category.of("elderly_care"));
        // F -> WM 10 m off-network, WM -> SM 200 m, SM -> A's edge at (500,-120): 20 m off-network.
        assertThat(coverage.distanceMeters()).isCloseTo(230, within(0.5));
        assertThat(coverage.covered()).isTrue();
        assertThat(result.facilities().get(coverage.facility()).id()).isEqualTo("F");
    }

    /*
     *  road R0 --------- RM --------- R1         y = 0, facility F on the road at x = 0
     *                                            compound B: x 0..200, y -200..-20, gate G at (200, -20)?
     *
     *   F(0,0)  R0(0,0) ... R1(1000,0)
     *   +------------+ B's north side is 20 m from the road; with a gate mapped at its far east
     *   |  B         |   corner (x=600) the walk is 600 + 20 m; without one, its boundary is 20 m
     *   +------------+   from F's end of the road.
     */
    @Test
    void aGatedCompoundIsReachedOnlyThroughItsGate() {
        TestNetwork.Built road = new TestNetwork().node("R0", 0, 0).node("R1", 1000, 0).edge("R0", "R1").build();
        Geometry compound = box(0, -200, 600, -20);
        Facility f = elderly("F", 0, 0);
        ResidentialArea open = area("open", compound, 500, List.of());
        ResidentialArea gated = area("gated", compound, 500, List.of(c(600, -20)));
        CoverageResult result = new CoverageAnalysis(road.graph(), List.of(f), List.of(open, gated), PROFILE_300).run();
        CategoryCoverage openCoverage = result.coverage().get(0).get(Category.of("elderly_care"));
        CategoryCoverage gatedCoverage = result.coverage().get(1).get(Category.of("elderly_care"));
        assertThat(openCoverage.distanceMeters()).isCloseTo(20, within(0.5));
        assertThat(openCoverage.covered()).isTrue();
        assertThat(gatedCoverage.distanceMeters()).isCloseTo(620, within(0.5));
        assertThat(gatedCoverage.covered()).isFalse();
    }

    @Test
    void farFacilitiesAndAreasAreReportedAsUnsnapped() {
        TestNetwork.Built road = new TestNetwork().node("R0", 0, 0).node("R1", 1000, 0).edge("R0", "R1").build();
        CoverageResult result = new CoverageAnalysis(road.graph(), List.of(elderly("far", 500, 2000)),
                List.of(area("remote", box(0, 3000, 100, 3100), 10, List.of())), PROFILE_300).run();
        assertThat(result.unsnapped()).extracting(Unsnapped::kind).containsExactly("facility", "residential_area");
        assertThat(result.coverage().get(0).accessPoints()).isZero();
        assertThat(result.coverage().get(0).get(Category.of("elderly_care")).covered()).isFalse();
    }

    @Test
    void districtsAddUpResidentsAndCheckTheTarget() {
        TestNetwork.Built road = new TestNetwork().node("R0", 0, 0).node("R1", 2000, 0).edge("R0", "R1").build();
        ResidentialArea near = area("near", box(0, -100, 100, -20), 900, List.of());
        ResidentialArea far = area("far", box(1500, -100, 1600, -20), 100, List.of());
        ResidentialArea outside = area("outside", box(0, 200, 100, 280), 50, List.of());
        CoverageResult result = new CoverageAnalysis(road.graph(), List.of(elderly("F", 0, 0)),
                List.of(near, far, outside), PROFILE_300).run();
        District south = new District("1", "south", box(-100, -500, 2100, 0));
        DistrictAssignment assignment = new DistrictAssigner(List.of(south)).assign(result.areas());
        List<DistrictCoverage> rows = DistrictSummary.summarize(result, assignment);
        DistrictCoverage row = rows.get(0);
        assertThat(row.areas()).isEqualTo(2);
        assertThat(row.areasCovered()).isEqualTo(1);
        assertThat(row.population()).isEqualTo(1000);
        assertThat(row.populationCovered()).isEqualTo(900);
        assertThat(row.coveragePct()).isCloseTo(90, within(1e-9));
        assertThat(row.pass()).contains(false);
        DistrictCoverage outsideRow = rows.get(1);
        assertThat(outsideRow.districtName()).isEqualTo(DistrictSummary.OUTSIDE_NAME);
        assertThat(outsideRow.areas()).isEqualTo(1);
    }
}
