package org.lifecircle.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.io.files.TextCharsets;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Point;

class CsvFeatureReaderTest {

    @TempDir
    Path dir;

    @Test
    void quotedValuesMayHoldCommasQuotesAndLineBreaks() throws IOException {
        List<SourceFeature> features = read("name,note,lon,lat\n"
                + "\"阳光幼儿园, 北院\",\"said \"\"hello\"\"\nsecond line\",117.2,39.1\n"
                + "好邻居,,117.3,39.2\n");
        assertThat(features).hasSize(2);
        assertThat(features.get(0).findText("name")).contains("阳光幼儿园, 北院");
        assertThat(features.get(0).findText("note")).contains("said \"hello\"\nsecond line");
        assertThat(features.get(1).findText("note")).isEmpty();
        assertThat(features.get(1).location()).isEqualTo("shops.csv line 4");
        assertThat(features.get(0).attributes()).doesNotContainKeys("lon", "lat");
    }

    @Test
    void chineseHeadersBomTabsAndGbkAreUnderstood() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path utf8 = write("a.csv", "名称,经度,纬度\n阳光幼儿园,117.2,39.1\n", StandardCharsets.UTF_8);
        Files.write(utf8, concat(bom, Files.readAllBytes(utf8)));
        assertThat(reader().read(utf8, Optional.empty()).get(0).findText("名称")).contains("阳光幼儿园");

        Path tabs = write("b.txt", "name\tLNG\tLatitude\n阳光幼儿园\t117.2\t39.1\n", TextCharsets.GBK);
        SourceFeature feature = reader().read(tabs, Optional.empty()).get(0);
        assertThat(feature.findText("name")).contains("阳光幼儿园");
        assertThat(((Point) feature.geometry()).getX()).isEqualTo(117.2);
    }

    @Test
    void aGivenCharsetIsUsedAsIs() throws IOException {
        Path gbk = write("a.csv", "name,lon,lat\n幼儿园,117.2,39.1\n", TextCharsets.GBK);
        SourceFeature asGbk = new CsvFeatureReader(Optional.of(TextCharsets.GBK)).read(gbk, Optional.empty()).get(0);
        assertThat(asGbk.findText("name")).contains("幼儿园");
        assertThat(TextCharsets.parse("cp936")).isEqualTo(TextCharsets.GBK);
        assertThatThrownBy(() -> TextCharsets.parse("big-five-ish")).hasMessageContaining("UTF-8 or GBK");
    }

    @Test
    void xyColumnsInDegreesNeedNoSystemButProjectedOnesDo() throws IOException {
        assertThat(read("name,x,y\na,117.2,39.1\n")).hasSize(1);
        assertThatThrownBy(() -> read("name,x,y\na,117.2,39.1\nb,517000.5,4330000\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("shops.csv line 3").hasMessageContaining("projected")
                .hasMessageContaining("shops.csv@epsg:4548");
        Path projected = write("gk.csv", "name,x,y\nb,517000.5,4330000\n", StandardCharsets.UTF_8);
        Point p = (Point) reader().read(projected, Optional.of(CrsSpec.epsg(4548))).get(0).geometry();
        assertThat(p.getX()).isBetween(117.19, 117.21);
        assertThatThrownBy(() -> reader().read(write("deg.csv", "name,lon,lat\na,117.2,39.1\n", StandardCharsets.UTF_8),
                Optional.of(CrsSpec.epsg(4548)))).hasMessageStartingWith("deg.csv line 2: 117.2, 39.1 look like"
                + " longitude/latitude degrees, but epsg:4548 is a projected system");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "name,address\\na,b\\n| line 1: no coordinate columns; the header has: name, address",
        "name,lon\\na,117\\n| column 'lon' has no partner column",
        "name,lon,lat,Name\\na,117,39,b\\n| 'Name' appears twice (columns 1 and 4)",
        "lon,lng,lat\\n117,117,39\\n| several longitude columns (lon, lng)",
        "name,lon,lat\\na,117,39,extra\\n| line 2: 4 cells but the header has 3 columns",
        "name,lon,lat\\na,117,39\\nb,117\\n| line 3: 2 cells but the header has 3 columns",
        "name,lon,lat\\na,east,39\\n| line 2, column lon: 'east' is not a finite decimal number",
        "name,lon,lat\\na,117,NaN\\n| line 2, column lat: 'NaN' is not a finite decimal number",
        "name,lon,lat\\na,Infinity,39\\n| line 2, column lon: 'Infinity' is not a finite decimal number",
        "name,lon,lat\\na,1e999,39\\n| line 2, column lon: '1e999' is too large",
        "name,lon,lat\\na,117,\\n| line 2, column lat: empty",
        "name,lon,lat\\n| only a header line",
        "name,lon,lat\\n\"a,117,39\\n| line 2: a quoted value is not closed",
        "name,lon,lat\\na,39.1,117.2\\n| are longitude and latitude swapped",
        "name,lon,lat\\na,517000,4330000\\n| the values look projected",
        "name,wkt\\na,POINT (117 39\\n| line 2, column wkt: not valid WKT",
        "name,wkt\\na,\\n| line 2: the wkt column is empty"})
    void badInputIsReportedWithFileLineAndFix(String content, String expected) throws IOException {
        assertThatThrownBy(() -> read(content.replace("\\n", "\n")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("shops.csv")
                .hasMessageContaining(expected.strip())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r"));
    }

    @Test
    void emptyFilesAreReported() throws IOException {
        assertThatThrownBy(() -> read("")).hasMessage("shops.csv: the file is empty; it needs a header line"
                + " (e.g. name,lon,lat) and one line per feature");
        assertThatThrownBy(() -> read("\n \n\r\n")).hasMessageContaining("shops.csv: the file is empty");
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotes() throws IOException {
        assertThatThrownBy(() -> read("name,lon,lat\n\"two\nlines\",117,39\nb,x,39\n"))
                .hasMessageContaining("shops.csv line 4, column lon");
    }

    private List<SourceFeature> read(String content) throws IOException {
        return reader().read(write("shops.csv", content, StandardCharsets.UTF_8), Optional.empty());
    }

    private static CsvFeatureReader reader() {
        return new CsvFeatureReader();
    }

    private Path write(String name, String content, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(charset));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
