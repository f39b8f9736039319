package org.lifecircle.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.geo.LonLatBounds;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.io.geojson.GeoJsonLayerWriter;
import org.lifecircle.io.shapefile.DbfFieldNames;
import org.lifecircle.model.SourceFeature;
import org.lifecircle.results.FieldType;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerFeature;
import org.lifecircle.results.LayerField;
import org.lifecircle.service.coverage.CoverageOutputs;
import org.lifecircle.service.coverage.CoverageReport;
import org.lifecircle.service.coverage.DemoJob;
import org.lifecircle.service.datasets.ImportJob;
import org.lifecircle.service.datasets.StoreDatasetSource;
import org.lifecircle.service.map.MapService;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoreSettings;
import org.lifecircle.store.factory.Stores;

/**
 * One result, every encoding: the demo's coverage run is written as its coverage folder
 * (coverage.csv, districts.csv, gaps.geojson, report.html), exported as Shapefile, GeoPackage,
 * GeoJSON and CSV, and answered by the map's API encoder; each is read back (the product's
 * readers, Jackson, the report's table) and must hold, feature by feature and field by field, the
 * values of the run's layers, as the layers round them.
 */
class SameValuesInEveryFormatTest {

    private static final Pattern ROW = Pattern.compile("<tr>((?:<td[^>]*>.*?</td>)+)</tr>");
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>");

    @TempDir
    Path out;

    @Test
    void everyOutputHoldsTheLayersValues() throws IOException {
        CoverageReport report = ExportJobTest.report();
        Layer areas = report.layers().areas();
        Layer rows = report.layers().districtRows();
        Path folder = out.resolve("coverage");
        CoverageOutputs.write(folder, report);
        assertSame(areas, csvTable(folder.resolve("coverage.csv")), "coverage.csv");
        assertSame(rows, csvTable(folder.resolve("districts.csv")), "districts.csv");
        assertSame(report.layers().gaps(), geoJson(Files.readString(folder.resolve("gaps.geojson"))), "gaps.geojson");
        assertSame(rows, reportTable(Files.readString(folder.resolve("report.html"))), "report.html");
        for (String file : List.of("coverage.zip", "coverage.gpkg", "coverage.geojson", "coverage.csv")) {
            assertSame(areas, exported(areas, "coverage", file), file);
        }
        for (String file : List.of("districts.zip", "districts.gpkg", "districts.geojson", "districts.csv")) {
            assertSame(report.layers().districts(), exported(report.layers().districts(), "districts", file), file);
        }
        assertSame(areas, api(), "the map API's areas");
    }

    /** Every feature has every field of the layer, equal once read back as the field's type. */
    private static void assertSame(Layer expected, List<Map<String, Object>> read, String what) {
        assertThat(read).as(what + ": features").hasSize(expected.features().size());
        for (int i = 0; i < read.size(); i++) {
            LayerFeature feature = expected.features().get(i);
            for (int f = 0; f < expected.fields().size(); f++) {
                LayerField field = expected.fields().get(f);
                if (feature.value(f) != null) {  // readers may leave out an attribute that is null
                    assertThat(read.get(i)).as(what + ": field " + field.name()).containsKey(field.name());
                }
                assertThat(typed(field, read.get(i).get(field.name()))).as(what + " feature " + i + " " + field.name())
                        .isEqualTo(typed(field, feature.value(f)));
            }
        }
    }

    /** A value as the field's type, whatever the format gave (text, a number, a boolean; null and "" alike). */
    private static Object typed(LayerField field, Object value) {
        String text = value == null ? "" : value.toString().strip();
        if (field.type() == FieldType.TEXT) {
            return text;
        }
        if (text.isEmpty() || text.equals("null")) {
            return null;
        }
        return switch (field.type()) {
            case REAL, INTEGER -> Double.parseDouble(text);
            case BOOLEAN -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("t") || text.equals("1");
            default -> text;
        };
    }

    private List<Map<String, Object>> exported(Layer expected, String layer, String fileName) {
        Path file = out.resolve(fileName);
        String format = fileName.endsWith(".zip") ? "shp" : fileName.substring(fileName.lastIndexOf('.') + 1);
        ExportJobTest.export(ExportText.of(layer, format, file).withWkt(true));
        List<Map<String, Object>> features = new ArrayList<>();
        for (SourceFeature feature : FeatureFiles.read(new FileWithCrs(file, Optional.empty()))) {
            features.add(format.equals("shp") ? fullNames(expected, feature.attributes()) : feature.attributes());
        }
        return features;
    }

    /** A .dbf's attributes under the layer's full field names (the .dbf holds 10-character ones, as fields.txt maps them). */
    private static Map<String, Object> fullNames(Layer layer, Map<String, Object> attributes) {
        List<String> full = layer.fields().stream().map(LayerField::name).toList();
        List<String> shortened = DbfFieldNames.shorten(full);
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < full.size(); i++) {
            named.put(full.get(i), attributes.get(shortened.get(i)));
        }
        return named;
    }

    private static List<Map<String, Object>> csvTable(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = cells(lines.get(0));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180 cells of one line (quoted cells may hold commas and doubled quotes). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static List<Map<String, Object>> geoJson(String text) throws IOException {
        List<Map<String, Object>> features = new ArrayList<>();
        for (JsonNode feature : new ObjectMapper().readTree(text).get("features")) {
            Map<String, Object> values = new LinkedHashMap<>();
            feature.get("properties").fields().forEachRemaining(e -> values.put(e.getKey(),
                    e.getValue().isNull() ? null : e.getValue().asText()));
            features.add(values);
        }
        return features;
    }

    /** The report's district table, by the field names its headers carry. */
    private static List<Map<String, Object>> reportTable(String html) {
        String table = html.substring(html.indexOf("<h2>Districts"), html.indexOf("</table>", html.indexOf("<h2>Districts")));
        List<String> names = new ArrayList<>();
        Matcher header = Pattern.compile("<small>(\\w+)</small>").matcher(table);
        while (header.find()) {
            names.add(header.group(1));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            Matcher cell = CELL.matcher(row.group(1));
            Map<String, Object> values = new LinkedHashMap<>();
            for (int c = 0; cell.find(); c++) {
                String text = cell.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&");
                values.put(names.get(c), text.startsWith("pass") ? "true" : text.startsWith("fail") ? "false"
                        : text.startsWith("no target") ? "" : text);
            }
            rows.add(values);
        }
        return rows;
    }

    /** The map's areas for the whole demo, as the API encodes them, from a store holding the demo. */
    private List<Map<String, Object>> api() throws IOException {
        try (Store store = Stores.open(StoreSettings.embedded(out.resolve("data")), notice -> { })) {
            ImportJob.demo(store, DemoJob.defaultFolder()).run();
            MapService map = new MapService(new StoreDatasetSource(store), "tianjin-2022");
            Layer layer = map.areas("demo", new LonLatBounds(117.1, 39.05, 117.3, 39.2), 18, OptionalDouble.empty());
            StringWriter text = new StringWriter();
            try (JsonGenerator json = new ObjectMapper().getFactory().createGenerator(text)) {
                GeoJsonLayerWriter.writeWgs84(layer, json);
            }
            List<Map<String, Object>> features = geoJson(text.toString());
            features.sort((a, b) -> Integer.compare(Integer.parseInt(a.get("area_id").toString()),
                    Integer.parseInt(b.get("area_id").toString())));
            return features;
        }
    }
}
