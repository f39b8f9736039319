package org.lifecircle.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifecircle.geo.LocalPlane;
import org.lifecircle.model.EntrancePoint;
import org.lifecircle.model.Population;
import org.lifecircle.model.ResidentialArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Gates from a file onto compounds, at 39 degrees north, in metres east/north of the origin:
 * <pre>
 *              g3 (160,103)
 *   100 +---------+  +---------+
 *       |    A    |g2|    B    |     g2 (104,50): 4 m from A's east side, 6 m from B's west side
 *       |  g5     |  |         |     g5 (50,50): in A, 50 m from its outline
 *     0 +---------+  +---------+
 *       0   g1   100 110      210    g1 (50,-4): 4 m south of A
 *           g4 (50,-25): 25 m south, near nothing
 *
 *   C: 300..400 x 0..100 with a mapped (OSM) entrance at (350,0) and no gate from the file
 * </pre>
 */
class GateMatcherTest {

    private static final double LAT = 39.0;
    private static final LocalPlane PLANE = new LocalPlane(LAT);
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Test
    void eachGateGoesToTheNearestOutlineWithinTenMetresAndTheRestAreListed() {
        ResidentialArea a = area("A", 0, 100, List.of());
        ResidentialArea b = area("B", 110, 210, List.of());
        ResidentialArea c = area("C", 300, 400, List.of(at(350, 0)));
        List<EntrancePoint> gates = List.of(gate(50, -4, 2), gate(104, 50, 3), gate(160, 103, 4), gate(50, -25, 5),
                gate(50, 50, 6));

        GateMatch match = new GateMatcher(List.of(a, b, c), gates).run();

        assertThat(match.areas().get(0).entrances()).containsExactly(at(50, -4), at(104, 50));
        assertThat(match.areas().get(1).entrances()).containsExactly(at(160, 103));
        assertThat(match.areas().get(2).entrances()).as("no file gate: the mapped entrance stays").containsExactly(at(350, 0));
        assertThat(match.matchedGates()).isEqualTo(3);
        assertThat(match.gatedAreas()).isEqualTo(2);
        assertThat(match.unmatched()).extracting(EntrancePoint::location)
                .containsExactly("gates.csv line 5", "gates.csv line 6");
    }

    @Test
    void aFileGateReplacesTheMappedEntrancesOfItsCompound() {
        ResidentialArea c = area("C", 300, 400, List.of(at(350, 0)));
        GateMatch match = new GateMatcher(List.of(c), List.of(gate(400, 50, 2))).run();
        assertThat(match.areas().get(0).entrances()).containsExactly(at(400, 50));
    }

    @Test
    void theOffsetIsMeasuredInMetresAndCanBeSet() {
        ResidentialArea a = area("A", 0, 100, List.of());
        assertThat(GateMatcher.outlineMeters(a.polygon(), at(50, -7), PLANE)).isCloseTo(7.0, within(0.01));
        assertThat(GateMatcher.outlineMeters(a.polygon(), at(-3, 104), PLANE)).isCloseTo(5.0, within(0.01));
        assertThat(new GateMatcher(List.of(a), List.of(gate(50, -7, 2))).maxOffsetMeters(5).run().unmatched()).hasSize(1);
        assertThat(new GateMatcher(List.of(a), List.of(gate(50, -7, 2))).maxOffsetMeters(8).run().unmatched()).isEmpty();
    }

    private static ResidentialArea area(String id, double west, double east, List<Coordinate> entrances) {
        Polygon square = GEOMETRY.createPolygon(new Coordinate[] {at(west, 0), at(east, 0), at(east, 100), at(west, 100),
            at(west, 0)});
        return new ResidentialArea(id, id, "file", square, Population.unknown(), entrances, Double.NaN);
    }

    private static EntrancePoint gate(double east, double north, int line) {
        return new EntrancePoint(at(east, north), "gates.csv line " + line);
    }

    private static Coordinate at(double east, double north) {
        return new Coordinate(116.0 + east / PLANE.metersPerDegreeLon(), LAT + north / PLANE.metersPerDegreeLat());
    }
}
