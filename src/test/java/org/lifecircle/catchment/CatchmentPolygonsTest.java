package org.lifecircle.catchment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.network.Snap;
import org.lifecircle.network.TestNetwork;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Catchment polygons on small drawn networks whose areas can be worked out by hand. */
class CatchmentPolygonsTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    /** About one square metre in square degrees at 39 degrees north. */
    private static final double SQUARE_METER_DEGREES = 1e-10;
    /** Area lost by drawing a 40 m circle with 32 chords (8 per quarter): pi r^2 - 16 r^2 sin(pi/16). */
    private static final double CIRCLE_CHORD_DEFICIT = 1600 * (Math.PI - 16 * Math.sin(Math.PI / 16));

    /** A 200 m square block; the source at its south-west corner reaches all of it. */
    private static TestNetwork.Built block() {
        return new TestNetwork().node("sw", 0, 0).node("se", 200, 0).node("ne", 200, 200).node("nw", 0, 200)
                .edge("sw", "se").edge("se", "ne").edge("ne", "nw").edge("nw", "sw").build();
    }

    @Test
    void aBlockInteriorFartherThanTheOffsetStaysAHole() {
        TestNetwork.Built block = block();
        CatchmentPolygon polygon = dissolved(block, List.of(source(block, "sw")), 1000);
        Polygon shape = (Polygon) polygon.lonLat();
        assertThat(shape.getNumInteriorRing()).isEqualTo(1);
        // (200 + 2 * 40)^2 with rounded corners, minus the 120 m square core
        double expected = 280.0 * 280 - (4 - Math.PI) * 1600 - CIRCLE_CHORD_DEFICIT - 120.0 * 120;
        assertThat(polygon.areaSquareMeters()).isCloseTo(expected, within(expected * 1e-3));
        assertThat(shape.contains(point(100, 100))).isFalse();
        assertThat(shape.contains(point(100, 30))).isTrue();
        assertThat(shape.isValid()).isTrue();
    }

    @Test
    void aPartlyReachedEdgeGivesAStadiumOfTheReachedPiece() {
        TestNetwork.Built line = new TestNetwork().node("a", 0, 0).node("b", 1000, 0).edge("a", "b").build();
        CatchmentPolygon polygon = dissolved(line, List.of(source(line, "a")), 300);
        double expected = 300 * 80 + Math.PI * 1600 - CIRCLE_CHORD_DEFICIT;
        assertThat(polygon.areaSquareMeters()).isCloseTo(expected, within(expected * 1e-3));
        assertThat(polygon.lonLat().contains(point(330, 0))).isTrue();
        assertThat(polygon.lonLat().contains(point(345, 0))).isFalse();
    }

    @Test
    void aFacilityOffTheNetworkWalksToItAndLiesInside() {
        TestNetwork.Built line = new TestNetwork().node("a", 0, 0).node("b", 1000, 0).edge("a", "b").build();
        Snap snap = new org.lifecircle.network.Snapper(line.graph(), 300)
                .findSnap(TestNetwork.lon(500), TestNetwork.lat(100)).orElseThrow();
        CatchmentSource facility = new CatchmentSource(snap, TestNetwork.lon(500), TestNetwork.lat(100));
        CatchmentPolygon polygon = dissolved(line, List.of(facility), 300);
        assertThat(polygon.lonLat().contains(point(500, 100))).isTrue();
        assertThat(polygon.lonLat().contains(point(500, 130))).isTrue();
        // 100 m walked to the network leaves 200 m each way along it
        assertThat(polygon.lonLat().contains(point(725, 0))).isTrue();
        assertThat(polygon.lonLat().contains(point(760, 0))).isFalse();
    }

    @Test
    void edgesCrossingWithoutANodeAreNotJoined() {
        // a bridge: the north-south way crosses the east-west one without a shared node
        TestNetwork.Built bridge = new TestNetwork().node("w", 0, 0).node("e", 400, 0).node("s", 200, -200)
                .node("n", 200, 200).edge("w", "e").edge("s", "n").build();
        CatchmentPolygon polygon = dissolved(bridge, List.of(source(bridge, "w")), 1000);
        double expected = 400 * 80 + Math.PI * 1600 - CIRCLE_CHORD_DEFICIT;
        assertThat(polygon.areaSquareMeters()).isCloseTo(expected, within(expected * 1e-3));
        assertThat(polygon.lonLat().contains(point(200, 150))).isFalse();
        assertThat(polygon.lonLat().isValid()).isTrue();
    }

    @Test
    void bandsAreNested() {
        TestNetwork.Built block = block();
        List<CatchmentPolygon> bands = new CatchmentPolygons(PlanarNetwork.of(block.graph()), List.of(source(block, "sw")))
                .bandsMeters(List.of(300.0, 100.0, 200.0)).run();
        assertThat(bands).extracting(CatchmentPolygon::maxWalkMeters).containsExactly(100.0, 200.0, 300.0);
        for (int i = 1; i < bands.size(); i++) {
            assertThat(bands.get(i).areaSquareMeters()).isGreaterThan(bands.get(i - 1).areaSquareMeters());
            // the arcs of both are drawn separately: they may differ by a fraction of a square metre
            Geometry outside = bands.get(i - 1).lonLat().difference(bands.get(i).lonLat());
            assertThat(outside.getArea()).isLessThan(SQUARE_METER_DEGREES);
        }
    }

    @Test
    void overlapGivesEachSourceItsOwnReach() {
        TestNetwork.Built line = new TestNetwork().node("a", 0, 0).node("m", 500, 0).node("b", 1000, 0)
                .edge("a", "m").edge("m", "b").build();
        List<CatchmentPolygon> own = new CatchmentPolygons(PlanarNetwork.of(line.graph()),
                List.of(source(line, "a"), source(line, "b"))).form(CatchmentForm.OVERLAP).maxWalkMeters(600).run();
        assertThat(own).extracting(CatchmentPolygon::source).containsExactly(0, 1);
        double expected = 600 * 80 + Math.PI * 1600 - CIRCLE_CHORD_DEFICIT;
        for (CatchmentPolygon polygon : own) {
            assertThat(polygon.areaSquareMeters()).isCloseTo(expected, within(expected * 1e-3));
        }
        assertThat(own.get(0).lonLat().intersection(own.get(1).lonLat()).isEmpty()).isFalse();
    }

    @Test
    void splitPartsMeetWhereTheWalksMeetAndAddUpToTheDissolvedPolygon() {
        TestNetwork.Built line = new TestNetwork().node("a", 0, 0).node("m", 300, 0).node("b", 1000, 0)
                .edge("a", "m").edge("m", "b").build();
        List<CatchmentSource> sources = List.of(source(line, "a"), source(line, "b"));
        PlanarNetwork network = PlanarNetwork.of(line.graph());
        List<CatchmentPolygon> parts = new CatchmentPolygons(network, sources).form(CatchmentForm.SPLIT)
                .maxWalkMeters(600).run();
        CatchmentPolygon whole = new CatchmentPolygons(network, sources).maxWalkMeters(600).run().get(0);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).areaSquareMeters() + parts.get(1).areaSquareMeters())
                .isCloseTo(whole.areaSquareMeters(), within(whole.areaSquareMeters() * 1e-3));
        assertThat(parts.get(0).lonLat().intersection(parts.get(1).lonLat()).getArea()).isLessThan(1e-12);
        // the walks meet at 500 m from both ends
        assertThat(parts.get(0).lonLat().contains(point(480, 0))).isTrue();
        assertThat(parts.get(1).lonLat().contains(point(520, 0))).isTrue();
    }

    @Test
    void theFastUnionAgreesWithTheReferenceOnAGrid() {
        TestNetwork grid = new TestNetwork();
        for (int x = 0; x <= 6; x++) {
            for (int y = 0; y <= 6; y++) {
                grid.node(x + "/" + y, x * 110 + (y % 2) * 7, y * 95);
                if (x > 0) {
                    grid.edge((x - 1) + "/" + y, x + "/" + y);
                }
                if (y > 0 && (x + y) % 3 != 0) {
                    grid.edge(x + "/" + (y - 1), x + "/" + y);
                }
            }
        }
        TestNetwork.Built built = grid.build();
        PlanarNetwork network = PlanarNetwork.of(built.graph());
        List<CatchmentSource> sources = List.of(source(built, "1/1"), source(built, "5/4"));
        for (CatchmentForm form : CatchmentForm.values()) {
            List<CatchmentPolygon> fast = new CatchmentPolygons(network, sources).form(form).maxWalkMeters(450).run();
            List<CatchmentPolygon> reference = new CatchmentPolygons(network, sources).form(form).maxWalkMeters(450)
                    .union(PieceUnion.CASCADED_PIECE_BUFFERS).run();
            for (int i = 0; i < fast.size(); i++) {
                double area = reference.get(i).lonLat().getArea();
                assertThat(fast.get(i).lonLat().symDifference(reference.get(i).lonLat()).getArea())
                        .as("%s polygon %d", form, i).isLessThan(area * 1e-3);
                assertThat(fast.get(i).lonLat().isValid()).isTrue();
            }
        }
    }

    @Test
    void badSettingsAreUserErrors() {
        TestNetwork.Built block = block();
        CatchmentPolygons polygons = new CatchmentPolygons(PlanarNetwork.of(block.graph()), List.of(source(block, "sw")));
        assertThatThrownBy(() -> polygons.lateralOffsetMeters(-1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> polygons.bandsMeters(List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> polygons.bandsMeters(List.of(0.0, 100.0))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CatchmentForm.parse("rings")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("overlap, dissolve, split");
    }

    private static CatchmentPolygon dissolved(TestNetwork.Built built, List<CatchmentSource> sources, double meters) {
        List<CatchmentPolygon> polygons = new CatchmentPolygons(PlanarNetwork.of(built.graph()), sources)
                .maxWalkMeters(meters).run();
        assertThat(polygons).hasSize(1);
        return polygons.get(0);
    }

    private static CatchmentSource source(TestNetwork.Built built, String node) {
        return CatchmentSource.onNetwork(Snap.atNode(built.graph(), built.node(node)));
    }

    private static Geometry point(double xMeters, double yMeters) {
        return GEOMETRY.createPoint(new Coordinate(TestNetwork.lon(xMeters), TestNetwork.lat(yMeters)));
    }
}
