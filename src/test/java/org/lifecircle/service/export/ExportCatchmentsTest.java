package org.lifecircle.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.export.Ogr;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Exported catchments of the demo city read back: the river keeps DH-05 (滨河花园) out of the
 * dissolved elderly-care catchment at 720 m while 滨河日间照料中心 (EC-02), across the water, is
 * inside; unreached block interiors are holes; minute bands nest.
 */
class ExportCatchmentsTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @TempDir
    Path out;

    @Test
    void theRiverKeepsTheGapOutsideTheDissolvedElderlyCatchment() {
        Path file = out.resolve("elderly.gpkg");
        export(ExportText.of("catchments", "gpkg", file).withCrs("gk-auto")
                .withCatchments("dissolve", Optional.of(Category.of("elderly_care"))));
        List<SourceFeature> read = FeatureFiles.read(new FileWithCrs(file, Optional.empty()));
        assertThat(read).hasSize(1);
        Geometry catchment = read.get(0).geometry();
        assertThat(read.get(0).attributes()).containsEntry("max_walk_m", 720.0).containsEntry("form", "dissolve");
        assertThat(catchment.contains(facilityPoint("EC-02"))).isTrue();
        assertThat(catchment.contains(areaPoint("DH-05"))).isFalse();
        assertThat(catchment.contains(areaPoint("XL-01"))).isTrue();
        int holes = 0;
        for (int i = 0; i < catchment.getNumGeometries(); i++) {
            holes += ((Polygon) catchment.getGeometryN(i)).getNumInteriorRing();
        }
        assertThat(holes).isPositive();
    }

    @Test
    void minuteBandsNestAndSayTheirMinutes() {
        Path file = out.resolve("bands.geojson");
        ExportSummary summary = export(ExportText.of("catchments", "geojson", file)
                .withCatchments("overlap", Optional.of(Category.of("elderly_care")))
                .withBands(List.of(5.0, 10.0, 15.0), OptionalDouble.empty()));
        List<SourceFeature> read = FeatureFiles.read(new FileWithCrs(file, Optional.empty()));
        assertThat(read).hasSize(summary.features());
        // the profile's elderly walking speed is 0.8 m/s: 15 minutes are 720 m
        assertThat(read.stream().map(f -> f.attributes().get("band_minutes")).distinct())
                .containsExactly(5.0, 10.0, 15.0);
        assertThat(read.stream().filter(f -> f.attributes().get("band_minutes").equals(15.0))
                .map(f -> f.attributes().get("max_walk_m")).distinct()).containsExactly(720.0);
        for (int i = 0; i + 2 < read.size(); i += 3) {
            Geometry five = read.get(i).geometry();
            Geometry fifteen = read.get(i + 2).geometry();
            assertThat(read.get(i).attributes().get("facility_id")).isEqualTo(read.get(i + 2).attributes().get("facility_id"));
            assertThat(five.difference(fifteen).getArea()).isLessThan(1e-10);
        }
        assertThat(Ogr.summary(file)).contains("Feature Count: " + summary.features());
    }

    @Test
    void splitPartsAreOnePerFacilityAndDoNotOverlap() {
        Path file = out.resolve("split.zip");
        export(ExportText.of("catchments", "shp", file).withCrs("epsg:4548")
                .withCatchments("split", Optional.of(Category.of("elderly_care"))));
        List<SourceFeature> read = FeatureFiles.read(new FileWithCrs(file, Optional.empty()));
        assertThat(read).isNotEmpty();
        for (int i = 0; i < read.size(); i++) {
            for (int j = i + 1; j < read.size(); j++) {
                assertThat(read.get(i).geometry().intersection(read.get(j).geometry()).getArea()).isLessThan(1e-10);
            }
        }
        String rows = Ogr.sql(file, "SELECT SUM(ST_IsValid(geometry)) AS valid, COUNT(*) AS n FROM catchments");
        assertThat(Ogr.values(rows, "valid")).isEqualTo(Ogr.values(rows, "n"));
        assertThat(Ogr.epsgCode(Ogr.summary(file))).isEqualTo(4548);
    }

    private static ExportSummary export(ExportText text) {
        ExportRequest request = text.request();
        return ExportJobTest.export(request);
    }

    private static Point facilityPoint(String id) {
        Facility facility = ExportJobTest.report().result().facilities().stream().filter(f -> f.id().equals(id))
                .findFirst().orElseThrow();
        return GEOMETRY.createPoint(new Coordinate(facility.lon(), facility.lat()));
    }

    private static Point areaPoint(String sourceId) {
        Geometry polygon = ExportJobTest.report().result().areas().stream().filter(a -> a.sourceId().equals(sourceId))
                .findFirst().orElseThrow().polygon();
        return GEOMETRY.createPoint(new InteriorPointArea(polygon).getInteriorPoint());
    }
}
