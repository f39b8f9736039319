package org.lifecircle.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.geo.PlanarArea;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.lifecircle.service.coverage.CoverageParameters;
import org.lifecircle.service.coverage.DemoJob;
import org.lifecircle.service.datasets.ImportJob;
import org.lifecircle.service.runs.DatasetCoverageJob;
import org.lifecircle.service.runs.DatasetCoverageRequest;
import org.lifecircle.store.RunKind;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoreSettings;
import org.lifecircle.store.factory.Stores;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Exports of a stored run (the dataset's latest), read back with the project's readers and with ogrinfo. */
class StoredRunExportTest {

    @TempDir
    static Path data;
    private static Store store;

    @TempDir
    Path out;

    @BeforeAll
    static void importDemoAndRun() {
        store = Stores.open(StoreSettings.embedded(data.resolve("store")));
        ImportJob.demo(store, DemoJob.defaultFolder()).run();
        new DatasetCoverageJob(store, new DatasetCoverageRequest("demo", CoverageParameters.defaults(),
                data.resolve("run"), RunKind.COVERAGE)).run();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private Path export(String layer, String format, String crs, String encoding, String form, Category category,
                        String fileName) {
        Path file = out.resolve(fileName);
        new ExportJob(store, ExportText.of(layer, format, file).withDataset("demo").withCrs(crs).withEncoding(encoding)
                .withCatchments(form == null ? "dissolve" : form, Optional.ofNullable(category)).request()).run();
        return file;
    }

    /** The rows of a CSV file of the demo city that has coordinates. */
    private static List<SourceFeature> demoRows(String name) {
        return FeatureFiles.read(new FileWithCrs(DemoJob.defaultFolder().resolve(name), Optional.of(CrsSpec.parse("gcj02"))));
    }

    static String ogrinfo(String file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-al", file).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(text).isZero();
        return text;
    }

    /** What GDAL opens: a Shapefile zip through its /vsizip/ file system. */
    static String gdalPath(Path file) {
        return file.toString().endsWith(".zip") ? "/vsizip/" + file.toAbsolutePath() : file.toString();
    }

    @ParameterizedTest
    @CsvSource({"shp,gaps.zip,utf-8", "shp,gaps-gbk.zip,gbk", "gpkg,gaps.gpkg,utf-8", "geojson,gaps.geojson,utf-8",
        "csv,gaps.csv,utf-8", "csv,gaps-gbk.csv,gbk"})
    void gapsReadBackWithTheirChineseNames(String format, String fileName, String encoding) throws Exception {
        Path file = export("gaps", format, "wgs84", encoding, null, null, fileName);
        List<SourceFeature> features = FeatureFiles.read(new FileWithCrs(file, Optional.empty()));
        long gapAreas = Files.readAllLines(DemoJob.defaultFolder().resolve("expected-gaps.csv")).stream().skip(1)
                .filter(line -> !line.contains(",tier,")).map(line -> line.substring(0, line.indexOf(','))).distinct()
                .count();
        assertThat(features).hasSize((int) gapAreas);
        assertThat(features).allSatisfy(f -> assertThat(f.geometry().isValid()).isTrue());
        assertThat(features.stream().map(f -> f.findText("name").orElse(""))).contains("滨河花园", "锦绣华庭");
        // GDAL reads a Shapefile's encoding from its .cpg; a CSV it takes as UTF-8 (our GBK CSV is for Excel).
        if (!(format.equals("csv") && encoding.equals("gbk"))) {
            String gdal = ogrinfo(gdalPath(file));
            assertThat(gdal).contains("Feature Count: " + gapAreas).contains("滨河花园");
        }
    }

    @Test
    void theCrsIsTheRequestedEpsgCode() throws Exception {
        Path gk = export("districts", "gpkg", "gk", "utf-8", null, null, "districts.gpkg");
        assertThat(ogrinfo(gk.toString())).contains("CGCS2000 / 3-degree Gauss-Kruger CM 117E");
        Path cgcs = export("districts", "shp", "cgcs2000", "utf-8", null, null, "districts.zip");
        String prj = ogrinfo(gdalPath(cgcs));
        assertThat(prj).contains("China Geodetic Coordinate System 2000");
        Path epsg = export("facilities", "geojson", "EPSG:4548", "utf-8", null, null, "facilities.geojson");
        assertThat(Files.readString(epsg)).contains("urn:ogc:def:crs:EPSG::4548");
        List<SourceFeature> back = FeatureFiles.read(new FileWithCrs(epsg, Optional.empty()));
        assertThat(back).hasSize(demoRows("facilities.csv").size());
        assertThat(back.get(0).geometry().getCoordinate().x).isBetween(117.1, 117.3);
    }

    @Test
    void catchmentAreasMatchTheEngineAndFollowTheNetwork() throws Exception {
        Path file = export("catchments", "gpkg", "gk", "utf-8", "dissolve", Category.of("elderly_care"), "elderly.gpkg");
        List<SourceFeature> back = FeatureFiles.read(new FileWithCrs(file, Optional.empty()));
        assertThat(back).hasSize(1);
        Geometry polygon = back.get(0).geometry();
        assertThat(polygon.isValid()).isTrue();
        double engineArea = ((Number) Double.valueOf(back.get(0).findText("area_m2").orElseThrow())).doubleValue();
        assertThat(PlanarArea.squareMeters(polygon)).isCloseTo(engineArea, within(engineArea * 0.001));
        // The river gap DH-05: its outline lies outside the 720 m elderly catchment, while the
        // facility that serves its neighbour DH-04 lies inside.
        List<SourceFeature> areas = FeatureFiles.read(new FileWithCrs(DemoJob.defaultFolder().resolve("residential.geojson"),
                Optional.empty()));
        Geometry dh05 = areas.stream().filter(a -> a.findText("id").orElse("").equals("DH-05")).findFirst().orElseThrow()
                .geometry();
        assertThat(polygon.contains(dh05.getInteriorPoint())).isFalse();
        List<SourceFeature> facilities = FeatureFiles.read(new FileWithCrs(DemoJob.defaultFolder().resolve("facilities.csv"),
                Optional.of(CrsSpec.parse("gcj02"))));
        Coordinate ec01 = facilities.stream().filter(f -> f.findText("id").orElse("").equals("EC-01")).findFirst()
                .orElseThrow().geometry().getCoordinate();
        assertThat(polygon.contains(new GeometryFactory().createPoint(ec01))).isTrue();
    }

    @Test
    void splitCatchmentsGiveEachPieceToOneFacility() {
        Path file = export("catchments", "geojson", "wgs84", "utf-8", "split", Category.of("childcare"), "split.geojson");
        List<SourceFeature> back = FeatureFiles.read(new FileWithCrs(file, Optional.empty()));
        assertThat(back).hasSizeGreaterThan(1);
        assertThat(back).allSatisfy(f -> assertThat(f.findText("facility_id")).isPresent());
    }

    @Test
    void badOptionsFailBeforeAnythingIsWritten() throws IOException {
        assertThatThrownBy(() -> export("roads", "shp", "wgs84", "utf-8", null, null, "x.zip"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown layer 'roads'");
        assertThatThrownBy(() -> export("gaps", "kml", "wgs84", "utf-8", null, null, "x.kml"))
                .hasMessageContaining("unknown format 'kml'");
        assertThatThrownBy(() -> export("gaps", "shp", "utm50", "utf-8", null, null, "x.zip"))
                .hasMessageContaining("unknown CRS 'utm50'");
        assertThatThrownBy(() -> export("gaps", "csv", "wgs84", "latin-1", null, null, "x.csv"))
                .hasMessageContaining("unknown encoding 'latin-1'");
        assertThatThrownBy(() -> export("gaps", "shp", "wgs84", "utf-8", null, null, "x.shp"))
                .hasMessageContaining(".zip");
        assertThatThrownBy(() -> export("gaps", "csv", "wgs84", "utf-8", null, null, "missing/x.csv"))
                .hasMessageContaining("does not exist");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }
}
