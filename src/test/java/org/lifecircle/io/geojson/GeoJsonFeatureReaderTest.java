package org.lifecircle.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;

class GeoJsonFeatureReaderTest {

    private static final String POINT = "{\"type\":\"Point\",\"coordinates\":[117.2,39.1]}";

    @TempDir
    Path dir;

    @Test
    void propertiesBecomeAttributesAndTheIdIsKept() throws IOException {
        List<SourceFeature> features = read("{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"id\":\"k-1\",\"properties\":{\"name\":\"阳光幼儿园\",\"beds\":30,"
                + "\"share\":0.5,\"public\":true,\"note\":null,\"parent\":{\"adcode\":510100}},\"geometry\":" + POINT + "},"
                + "{\"type\":\"Feature\",\"id\":7,\"properties\":{\"id\":\"own\"},\"geometry\":" + POINT + "}]}");
        SourceFeature first = features.get(0);
        assertThat(first.attributes()).containsEntry("name", "阳光幼儿园").containsEntry("beds", 30L)
                .containsEntry("share", 0.5).containsEntry("public", true).containsEntry("id", "k-1")
                .containsEntry("parent", "{\"adcode\":510100}").doesNotContainKey("note");
        assertThat(features.get(1).attributes()).containsEntry("id", "own");
        assertThat(features.get(1).location()).isEqualTo("areas.geojson feature 2");
    }

    @Test
    void aSingleFeatureOrABareGeometryIsAccepted() throws IOException {
        assertThat(read("{\"type\":\"Feature\",\"properties\":null,\"geometry\":" + POINT + "}")).hasSize(1);
        List<SourceFeature> bare = read("{\"type\":\"MultiLineString\",\"coordinates\":[[[117.2,39.1],[117.3,39.2]],"
                + "[[117.4,39.1],[117.5,39.2,12.5]]]}");
        assertThat(bare.get(0).geometry().getGeometryType()).isEqualTo("MultiLineString");
        assertThat(bare.get(0).attributes()).isEmpty();
    }

    @Test
    void theCrsMemberIsUsedWithoutSuffix() throws IOException {
        String gk = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:4548\"}},"
                + "\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[500000,4321000]}}]}";
        assertThat(read(gk).get(0).geometry().getCoordinate().x).isEqualTo(117.0, org.assertj.core.data.Offset.offset(1e-9));
        String cgcs = gk.replace("EPSG:4548", "urn:ogc:def:crs:EPSG::4490").replace("500000,4321000", "117.2,39.1");
        assertThat(read(cgcs).get(0).geometry().getCoordinate().x).isEqualTo(117.2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"FeatureCollection\",\"features\":[| areas.geojson line 1 column",
        "[1,2]| areas.geojson: not a JSON object",
        "{\"type\":\"Topology\"}| top-level type 'Topology' is not GeoJSON",
        "{\"type\":\"FeatureCollection\"}| has no \"features\" array",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":" + POINT + "},"
            + "{\"type\":\"Feature\",\"geometry\":null}]}| areas.geojson feature 2: no geometry (null)",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Thing\"}]}| feature 1: not a GeoJSON Feature",
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"117.2\",39.1]}}"
            + "| feature 1: a position must be [longitude, latitude] numbers, found [\"117.2\",39.1]",
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[117,39],[118,39],[118,40]]]}}"
            + "| feature 1: polygon ring 1 is not closed or has fewer than 4 positions",
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Circle\",\"coordinates\":[117,39]}}"
            + "| unknown geometry type 'Circle'",
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\"}}| geometry of type 'Point' has no coordinates array",
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[39.1,117.2]}}"
            + "| feature 1: longitude 39.1, latitude 117.2: latitude is outside -90..90",
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"Xian 1980\"}},"
            + "\"features\":[]}| the crs member names 'Xian 1980', which is not a known system"})
    void badInputNamesTheFileAndFeature(String content, String expected) {
        assertThatThrownBy(() -> read(content))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("areas.geojson")
                .hasMessageContaining(expected.strip())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void emptyFilesAreReported() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("areas.geojson: the file is empty");
    }

    @Test
    void aCrsMemberAfterTheFeaturesStillApplies() throws IOException {
        List<SourceFeature> features = read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[516341.2,4329571.8]}}],"
                + "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4548\"}}}");
        assertThat(features.get(0).geometry().getCoordinate().x).isBetween(117.1, 117.3);
        assertThat(features.get(0).geometry().getCoordinate().y).isBetween(39.0, 39.2);
    }

    @Test
    void streamingKeepsTheChecksOfTheWholeDocument() {
        assertThatThrownBy(() -> read("   \n  ")).hasMessage("areas.geojson: the file is empty; expected a GeoJSON"
                + " FeatureCollection");
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":{}}"))
                .hasMessage("areas.geojson: the FeatureCollection has no \"features\" array");
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[null]}"))
                .hasMessageStartingWith("areas.geojson feature 1: not a GeoJSON Feature");
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[]} {}"))
                .hasMessageContaining("more content after the end of the GeoJSON object");
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"geometry\":" + POINT + "}")).hasMessageStartingWith("areas.geojson line 1 column")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void jacksonAdviceForDevelopersIsLeftOut() {
        assertThatThrownBy(() -> read("{\"type\":\"Point\",\"coordinates\":[NaN,39.1]}"))
                .hasMessageContaining("not valid JSON (Non-standard token 'NaN')")
                .hasMessageNotContaining("JsonReadFeature");
        assertThatThrownBy(() -> read("{\"type\":\"Point\",\"coordinates\":" + "[".repeat(1500) + "]".repeat(1500)
                + "}")).hasMessageContaining("nesting depth (1001) exceeds the maximum allowed (1000)")
                .hasMessageNotContaining("StreamReadConstraints");
    }

    @Test
    void gbkTextIsRefusedWithTheEncodingNamed() throws IOException {
        Path file = Files.write(dir.resolve("gbk.geojson"), ("{\"type\":\"Feature\",\"properties\":{\"name\":"
                + "\"西岭嘉园\"},\"geometry\":" + POINT + "}").getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThatThrownBy(() -> new GeoJsonFeatureReader().read(file, Optional.empty()))
                .hasMessageStartingWith("gbk.geojson line 1").hasMessageEndingWith("saved as UTF-8 (RFC 7946)");
    }

    private List<SourceFeature> read(String content) throws IOException {
        Path file = Files.writeString(dir.resolve("areas.geojson"), content);
        return new GeoJsonFeatureReader().read(file, Optional.empty());
    }
}
