package org.lifecircle.io.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.geo.Geodesy;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.model.SourceFeature;
import org.lifecircle.testdata.TestData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The readers on real files (TestData): the GeoJSON derived from the OSM extracts, from the test
 * resources, and the district boundaries, from ../shared/data (skipped when they are absent).
 */
class RealFeatureFilesTest {

    /**
     * The published Chengdu district boundaries are in GCJ-02; shared/ also has them converted to
     * WGS84 (7 decimals) with the same public formula. Read with @gcj02, every vertex lands within
     * 0.05 m of the converted file (measured: 0.007 m, the 7-decimal rounding); read without the
     * suffix the vertices are 330 to 410 m off.
     */
    @Test
    void chengduDistrictsInGcj02MatchTheirWgs84Version() {
        List<SourceFeature> converted = FeatureFiles.read(FileWithCrs.parse(
                TestData.boundary("chengdu-districts.gcj02.geojson") + "@gcj02"));
        List<SourceFeature> reference = FeatureFiles.read(FileWithCrs.parse(
                TestData.boundary("chengdu-districts.wgs84.geojson").toString()));
        assertThat(converted).hasSameSizeAs(reference).hasSize(20);
        double worstMeters = 0;
        for (int f = 0; f < converted.size(); f++) {
            assertThat(converted.get(f).findText("name")).isEqualTo(reference.get(f).findText("name"));
            Coordinate[] got = converted.get(f).geometry().getCoordinates();
            Coordinate[] want = reference.get(f).geometry().getCoordinates();
            assertThat(got).hasSameSizeAs(want);
            for (int v = 0; v < got.length; v++) {
                worstMeters = Math.max(worstMeters, Geodesy.distanceMeters(got[v].x, got[v].y, want[v].x, want[v].y));
            }
        }
        assertThat(worstMeters).isLessThan(0.05);
        assertThat(converted.get(0).findText("name")).contains("锦江区");
    }

    @Test
    void chengduFacilitiesAreAllRead() {
        List<SourceFeature> facilities = FeatureFiles.read(FileWithCrs.parse(
                TestData.derived("chengdu-central-2018.facilities").toString()));
        assertThat(facilities).hasSize(34);
        assertThat(facilities).allSatisfy(f -> {
            assertThat(f.geometry().getGeometryType()).isEqualTo("Point");
            assertThat(f.findText("category")).get().isIn("kindergarten", "childcare", "elderly_care", "convenience",
                    "supermarket");
            Envelope extract = new Envelope(104.0421, 104.1296, 30.6528, 30.7279);
            assertThat(extract.covers(f.geometry().getCoordinate())).isTrue();
        });
        assertThat(facilities).extracting(f -> f.findText("name").orElse("")).contains("喔喔超市");
        assertThat(facilities.get(0).attributes()).containsEntry("osm_id", 1695927772L).doesNotContainKey("amenity");
    }

    static Stream<String> derivedFiles() {
        return Stream.of("chengdu-central-2018", "beijing-haidian-2026", "shenzhen-longgang-2019")
                .flatMap(area -> Stream.of("facilities", "residential", "walkways").map(k -> area + "." + k));
    }

    @ParameterizedTest
    @MethodSource("derivedFiles")
    void derivedFilesReadCompletely(String name) {
        List<SourceFeature> features = FeatureFiles.read(FileWithCrs.parse(
                TestData.derived(name).toString()));
        assertThat(features).isNotEmpty().allSatisfy(f -> assertThat(f.geometry().isEmpty()).isFalse());
    }
}
