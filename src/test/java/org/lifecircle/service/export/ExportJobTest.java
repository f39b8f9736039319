package org.lifecircle.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lifecircle.catchment.PlanarNetwork;
import org.lifecircle.coverage.AreaCoverage;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.crs.ToWgs84;
import org.lifecircle.geo.LonLatBounds;
import org.lifecircle.geo.TransverseMercator;
import org.lifecircle.io.export.Ogr;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.model.Facility;
import org.lifecircle.model.SourceFeature;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.service.coverage.CoverageJob;
import org.lifecircle.service.coverage.CoverageReport;
import org.lifecircle.service.coverage.DemoJob;
import org.lifecircle.service.datasets.ZipEntries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * Every export of the demo city's coverage run, read back with the project's own readers and with
 * GDAL's ogrinfo: feature counts, attribute values (Chinese names in UTF-8 and GBK), the requested
 * EPSG code in the .prj / GeoPackage / GeoJSON, valid geometries and polygon areas within 0.1 % of
 * the engine's.
 */
class ExportJobTest {

    static final Path DEMO = Path.of("gis-data", "demo");
    private static final double AREA_TOLERANCE = 1e-3;

    static CoverageReport report;
    static WalkingGraph graph;
    static PlanarNetwork network;

    @TempDir
    Path out;

    @BeforeAll
    static void runTheDemo() {
        report();
    }

    /** The demo city's coverage run, computed once for every export test class. */
    static synchronized CoverageReport report() {
        if (report == null) {
            report = new CoverageJob(new DemoJob(DEMO, Path.of("not-written")).request()).run();
            graph = new OsmNetworkLoader(PedestrianAccess.standard()).load(DEMO.resolve("network.osm")).graph();
            network = PlanarNetwork.of(graph);
        }
        return report;
    }

    static WalkingGraph graph() {
        report();
        return graph;
    }

    static ExportSummary export(ExportText text) {
        return export(text.request());
    }

    static ExportSummary export(ExportRequest request) {
        return new ExportJob(report(), graph, request).planarNetwork(network).run();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"facilities,shp,fac.zip", "facilities,gpkg,fac.gpkg", "facilities,geojson,fac.geojson",
        "facilities,csv,fac.csv", "coverage,shp,cov.zip", "coverage,gpkg,cov.gpkg", "coverage,geojson,cov.json",
        "coverage,csv,cov.csv", "gaps,shp,gaps.zip", "gaps,gpkg,gaps.gpkg", "gaps,geojson,gaps.geojson",
        "gaps,csv,gaps.csv", "districts,shp,d.zip", "districts,gpkg,d.gpkg", "districts,geojson,d.geojson",
        "districts,csv,d.csv", "catchments,shp,c.zip", "catchments,gpkg,c.gpkg", "catchments,geojson,c.geojson",
        "catchments,csv,c.csv"})
    void everyLayerInEveryFormatReadsBack(String layer, String format, String fileName) {
        Path file = out.resolve(fileName);
        ExportText request = ExportText.of(layer, format, file).withWkt(true)
                .withCatchments("overlap", Optional.empty());
        ExportSummary summary = export(request);
        assertThat(out.toFile().list()).containsExactly(fileName);
        List<SourceFeature> features = FeatureFiles.read(new FileWithCrs(file, Optional.empty()));
        assertThat(features).hasSize(summary.features()).hasSize(expectedCount(layer));
        features.forEach(f -> assertThat(f.geometry().isValid()).as(f.location()).isTrue());
        assertThat(names(features, format, layer)).isEqualTo(expectedNames(layer));
        String ogr = Ogr.summary(file);
        assertThat(ogr).contains("Feature Count: " + summary.features());
        if (!format.equals("csv")) {
            assertThat(Ogr.epsgCode(ogr)).isEqualTo(CrsSpec.EPSG_WGS84);
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"shp,utf-8,gaps.zip", "shp,gbk,gaps.zip", "csv,utf-8,gaps.csv", "csv,gbk,gaps.csv"})
    void chineseNamesSurviveBothEncodings(String format, String encoding, String fileName) throws IOException {
        Path file = out.resolve(fileName);
        export(ExportText.of("gaps", format, file).withEncoding(encoding));
        Set<String> expected = expectedNames("gaps");
        List<SourceFeature> read = FeatureFiles.read(new FileWithCrs(file, Optional.empty()));
        assertThat(names(read, format, "gaps")).isEqualTo(expected).contains("滨河花园");
        if (format.equals("csv")) {
            Charset charset = encoding.equals("gbk") ? Charset.forName("GBK") : StandardCharsets.UTF_8;
            assertThat(new String(Files.readAllBytes(file), charset)).contains("滨河花园");
            assertThat(Files.readAllBytes(file)[0]).isEqualTo(encoding.equals("gbk") ? (byte) 'a' : (byte) 0xEF);
        } else {
            assertThat(new HashSet<>(Ogr.values(Ogr.features(file), "name"))).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"wgs84,4326", "cgcs2000,4490", "epsg:4548,4548", "EPSG:4548,4548", "gk-auto,4548", "epsg:4547,4547"})
    void theFileDeclaresTheRequestedSystem(String crs, int epsg) throws IOException {
        Path shp = out.resolve("gaps.zip");
        Path gpkg = out.resolve("gaps.gpkg");
        Path json = out.resolve("gaps.geojson");
        for (Path file : List.of(shp, gpkg, json)) {
            String format = file.getFileName().toString().substring(5).replace("zip", "shp");
            assertThat(export(ExportText.of("gaps", format, file).withCrs(crs)).epsgCode()).isEqualTo(epsg);
            assertThat(Ogr.epsgCode(Ogr.summary(file))).as("%s via ogrinfo", file.getFileName()).isEqualTo(epsg);
        }
        String prj = ZipEntries.text(shp, "gaps.prj");
        assertThat(ToWgs84.identifyWkt(prj, "gaps.prj").epsgCode()).isEqualTo(epsg);
        assertThat(Ogr.sql(gpkg, "SELECT organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = "
                + "(SELECT srs_id FROM gpkg_geometry_columns)")).contains("= " + epsg);
        JsonNode collection = new ObjectMapper().readTree(json.toFile());
        if (epsg == CrsSpec.EPSG_WGS84) {
            assertThat(collection.has("crs")).isFalse();
        } else {
            assertThat(collection.at("/crs/properties/name").asText()).isEqualTo("urn:ogc:def:crs:EPSG::" + epsg);
        }
        // read back in WGS84, the areas land where they were
        for (Path file : List.of(shp, gpkg, json)) {
            List<SourceFeature> read = FeatureFiles.read(new FileWithCrs(file, Optional.empty()));
            Envelope box = read.get(0).geometry().getEnvelopeInternal();
            assertThat(box.getMinX()).as("%s %s", crs, file.getFileName()).isBetween(117.1, 117.3);
            assertThat(box.getMinY()).isBetween(39.0, 39.2);
        }
    }

    @Test
    void polygonAreasAgreeWithTheEngineAndGeometriesAreValid() {
        for (String format : List.of("shp", "gpkg", "geojson")) {
            Path file = out.resolve("catchments." + (format.equals("shp") ? "zip" : format));
            export(ExportText.of("catchments", format, file).withCrs("gk-auto")
                    .withCatchments("overlap", Optional.empty()));
            String rows = Ogr.sql(file, "SELECT area_m2, ST_Area(" + geometryColumn(format) + ") AS measured, ST_IsValid("
                    + geometryColumn(format) + ") AS valid FROM catchments");
            List<String> engine = Ogr.values(rows, "area_m2");
            List<String> measured = Ogr.values(rows, "measured");
            assertThat(engine).hasSize(catchmentCount());
            for (int i = 0; i < engine.size(); i++) {
                double expected = Double.parseDouble(engine.get(i));
                assertThat(Double.parseDouble(measured.get(i))).as("%s feature %d", format, i)
                        .isCloseTo(expected, withPercentage(100 * AREA_TOLERANCE));
            }
            assertThat(Ogr.values(rows, "valid")).containsOnly("1");
            for (SourceFeature feature : FeatureFiles.read(new FileWithCrs(file, Optional.empty()))) {
                double expected = ((Number) feature.attributes().get("area_m2")).doubleValue();
                assertThat(metricArea(feature.geometry())).as(feature.location())
                        .isCloseTo(expected, withPercentage(100 * AREA_TOLERANCE));
                assertThat(feature.geometry().isValid()).as(feature.location()).isTrue();
            }
        }
    }

    private static String geometryColumn(String format) {
        return switch (format) {
            case "gpkg" -> "geom";
            default -> "geometry";
        };
    }

    static int expectedCount(String layer) {
        return switch (layer) {
            case "facilities" -> report.result().facilities().size();
            case "coverage" -> report.result().areas().size();
            case "gaps" -> (int) report.result().coverage().stream().filter(ExportJobTest::isGap).count();
            case "districts" -> report.assignment().districts().size();
            default -> catchmentCount();
        };
    }

    /** One overlap catchment per rule and snapped facility it counts (a meal-aid point counts for two rules). */
    static int catchmentCount() {
        var result = report.result();
        Set<String> unsnapped = result.unsnapped().stream().filter(u -> u.kind().equals("facility"))
                .map(u -> u.id()).collect(Collectors.toSet());
        int count = 0;
        for (var category : result.profile().categories()) {
            var scope = result.profile().getRule(category).scope();
            count += (int) result.facilities().stream().filter(f -> scope.counts(f) && !unsnapped.contains(f.id()))
                    .count();
        }
        return count;
    }

    static Set<String> expectedNames(String layer) {
        return switch (layer) {
            case "facilities", "catchments" -> report.result().facilities().stream().map(Facility::name)
                    .collect(Collectors.toSet());
            case "coverage" -> report.result().areas().stream().map(a -> a.name()).collect(Collectors.toSet());
            case "gaps" -> report.result().coverage().stream().filter(ExportJobTest::isGap)
                    .map(c -> report.result().areas().get(c.area()).name()).collect(Collectors.toSet());
            default -> report.assignment().districts().stream().map(d -> d.name()).collect(Collectors.toSet());
        };
    }

    /** The name attribute as each format spells it (Shapefile names are cut to 10 characters). */
    static Set<String> names(List<SourceFeature> features, String format, String layer) {
        String field = switch (layer) {
            case "catchments" -> format.equals("shp") ? "fac_nm" : "facility_name";
            case "districts" -> format.equals("shp") ? "dstr_nm" : "district_name";
            default -> "name";
        };
        return features.stream().map(f -> f.findText(field).orElse("")).collect(Collectors.toSet());
    }

    private static boolean isGap(AreaCoverage coverage) {
        return coverage.byCategory().values().stream().anyMatch(c -> !c.covered());
    }

    /** Area in square metres on a transverse Mercator plane centred on the geometry. */
    static double metricArea(Geometry lonLat) {
        Envelope box = lonLat.getEnvelopeInternal();
        TransverseMercator plane = TransverseMercator.centredOn(new LonLatBounds(box.getMinX(), box.getMinY(),
                box.getMaxX(), box.getMaxY()));
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
                Coordinate[] projected = new Coordinate[coords.size()];
                double[] xy = new double[2];
                for (int i = 0; i < projected.length; i++) {
                    plane.forward(coords.getX(i), coords.getY(i), xy);
                    projected[i] = new Coordinate(xy[0], xy[1]);
                }
                return factory.getCoordinateSequenceFactory().create(projected);
            }
        }.transform(lonLat).getArea();
    }
}
