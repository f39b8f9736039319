package org.lifecircle.service.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.io.inputs.CategoryTable;
import org.lifecircle.io.osm.OsmFeatureExtractor;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.model.SourceFeature;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.testdata.TestData;
import org.locationtech.jts.geom.Geometry;

/**
 * The CRS guard on real inputs: files read in their own system draw no warning, files read in the
 * wrong one name the system they fit. The numbers behind the thresholds are in CrsGuard.
 */
class CrsGuardTest {

    private static final Path DEMO = DemoJob.defaultFolder();

    private static WalkingGraph graph(Path osm) {
        return new OsmNetworkLoader(PedestrianAccess.standard()).load(osm).graph();
    }

    private static List<SourceFeature> features(Path file, Optional<CrsSpec> crs) {
        return FeatureFiles.read(new FileWithCrs(file, crs));
    }

    private static List<Geometry> geometries(Path file, Optional<CrsSpec> crs) {
        return features(file, crs).stream().map(SourceFeature::geometry).toList();
    }

    @Test
    void theDemoFacilitiesFitAsGcj02AndSaySoWhenReadAsWgs84() {
        CrsGuard guard = new CrsGuard(graph(DEMO.resolve("network.osm")));
        Path facilities = DEMO.resolve("facilities.csv");
        assertThat(guard.check("facilities.csv", Optional.empty(), features(facilities, Optional.empty())))
                .hasValueSatisfying(w -> assertThat(w).startsWith("facilities.csv: its features lie")
                        .endsWith("is it facilities.csv@gcj02?"));
        Optional<CrsSpec> gcj02 = Optional.of(CrsSpec.gcj02());
        assertThat(guard.check("facilities.csv", gcj02, features(facilities, gcj02))).isEmpty();
    }

    @Test
    void theDemoAreasAndDistrictsReadRightDrawNoWarning() {
        CrsGuard guard = new CrsGuard(graph(DEMO.resolve("network.osm")));
        List<SourceFeature> areas = features(DEMO.resolve("residential.geojson"), Optional.empty());
        assertThat(guard.check("residential.geojson", Optional.empty(), areas)).isEmpty();
        CrsGuard.DistrictFit fit = guard.findDistrictFit(Optional.empty(), geometries(DEMO.resolve("districts.geojson"),
                Optional.empty()), areas.stream().map(SourceFeature::geometry).toList()).orElseThrow();
        assertThat(fit.findBetter()).isEmpty();
        assertThat(fit.otherStraddling().values()).allMatch(n -> n > fit.asReadStraddling());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chengdu-central-2018", "beijing-haidian-2026", "shenzhen-longgang-2019"})
    void osmDerivedFacilitiesAndAreasInWgs84DrawNoWarning(String extract) {
        CrsGuard guard = new CrsGuard(graph(TestData.osm(extract)));
        for (String layer : new String[] {".facilities", ".residential"}) {
            List<SourceFeature> read = features(TestData.derived(extract + layer), Optional.empty());
            assertThat(guard.check(extract + layer, Optional.empty(), read)).as(extract + layer).isEmpty();
        }
    }

    @Test
    void chengdusGcj02BoundariesCutThroughMoreCompoundsReadAsWgs84() {
        Path osm = TestData.osm("chengdu-central-2018");
        Path boundaries = TestData.boundary("chengdu-districts.gcj02.geojson");
        CrsGuard guard = new CrsGuard(graph(osm));
        List<Geometry> areas = OsmFeatureExtractor.extract(osm, CategoryTable.load().values()).areas().stream()
                .map(ResidentialArea::polygon).toList();
        CrsGuard.DistrictFit wrong = guard.findDistrictFit(Optional.empty(), geometries(boundaries, Optional.empty()),
                areas).orElseThrow();
        assertThat(wrong.findBetter()).contains(CrsSpec.gcj02());
        Optional<CrsSpec> gcj02 = Optional.of(CrsSpec.gcj02());
        CrsGuard.DistrictFit right = guard.findDistrictFit(gcj02, geometries(boundaries, gcj02), areas).orElseThrow();
        assertThat(right.findBetter()).isEmpty();
        assertThat(right.asReadStraddling()).isEqualTo(wrong.otherStraddling().get(CrsSpec.gcj02()));
        Path converted = TestData.boundary("chengdu-districts.wgs84.geojson");
        assertThat(guard.findDistrictFit(Optional.empty(), geometries(converted, Optional.empty()), areas)
                .orElseThrow().findBetter()).isEmpty();
    }
}
