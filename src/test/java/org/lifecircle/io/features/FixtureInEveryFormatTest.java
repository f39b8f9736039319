package org.lifecircle.io.features;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.geo.Geodesy;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The same fixture written in every format and every coordinate system reads back to the same
 * features: same order, names, categories and numbers, and WGS84 coordinates within the system's
 * tolerance ({@link FixtureCrs}).
 */
class FixtureInEveryFormatTest {

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(FixtureFormat.values()).flatMap(format -> Stream.of(FixtureCrs.values())
                .flatMap(crs -> Stream.of(FixtureLayer.values()).map(layer -> Arguments.of(format, crs, layer))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void readsBackTheFixture(FixtureFormat format, FixtureCrs crs, FixtureLayer layer) throws Exception {
        String argument = format.write(dir, layer, crs);

        List<SourceFeature> features = FeatureFiles.read(FileWithCrs.parse(argument));

        assertThat(features).hasSize(layer.features().size());
        for (int i = 0; i < features.size(); i++) {
            SourceFeature actual = features.get(i);
            for (var expected : layer.valuesOf(i).entrySet()) {
                Optional<String> text = Optional.ofNullable(expected.getValue()).map(Object::toString);
                assertThat(actual.findText(expected.getKey())).as("%s %s", actual.location(), expected.getKey())
                        .isEqualTo(text);
            }
            assertThat(actual.location()).contains(layer.fileBase());
            assertSameGeometry(actual, layer.features().get(i).geometry(), crs.toleranceMeters());
        }
    }

    /** Same type and ring structure, every vertex within the tolerance (after normalising ring order). */
    private static void assertSameGeometry(SourceFeature actual, Geometry expected, double toleranceMeters) {
        Geometry got = actual.geometry().norm();
        Geometry want = expected.norm();
        assertThat(got.getGeometryType()).as(actual.location()).isEqualTo(want.getGeometryType());
        if (want instanceof Polygon polygon) {
            assertThat(((Polygon) got).getNumInteriorRing()).isEqualTo(polygon.getNumInteriorRing());
        }
        Coordinate[] gotPoints = got.getCoordinates();
        Coordinate[] wantPoints = want.getCoordinates();
        assertThat(gotPoints).hasSameSizeAs(wantPoints);
        for (int v = 0; v < wantPoints.length; v++) {
            Coordinate g = gotPoints[v];
            double errorMeters = Geodesy.distanceMeters(g.x, g.y, wantPoints[v].x, wantPoints[v].y);
            assertThat(errorMeters).as("%s vertex %d", actual.location(), v).isLessThan(toleranceMeters);
        }
    }
}
