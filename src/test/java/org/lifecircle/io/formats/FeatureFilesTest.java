package org.lifecircle.io.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.csv.CsvFeatureReader;
import org.lifecircle.io.features.FeatureReadOptions;
import org.lifecircle.io.files.TextCharsets;
import org.lifecircle.io.geojson.GeoJsonFeatureReader;
import org.lifecircle.io.geopackage.GeoPackageFeatureReader;
import org.lifecircle.io.shapefile.ShapefileFeatureReader;
import org.lifecircle.model.InvalidInputException;

class FeatureFilesTest {

    @TempDir
    Path dir;

    @Test
    void theReaderFollowsTheExtension() {
        assertThat(FeatureFiles.readerFor(Path.of("a.CSV"))).isInstanceOf(CsvFeatureReader.class);
        assertThat(FeatureFiles.readerFor(Path.of("a.txt"))).isInstanceOf(CsvFeatureReader.class);
        assertThat(FeatureFiles.readerFor(Path.of("a.json"))).isInstanceOf(GeoJsonFeatureReader.class);
        assertThat(FeatureFiles.readerFor(Path.of("a.geojson"))).isInstanceOf(GeoJsonFeatureReader.class);
        assertThat(FeatureFiles.readerFor(Path.of("a.shp"))).isInstanceOf(ShapefileFeatureReader.class);
        assertThat(FeatureFiles.readerFor(Path.of("a.zip"))).isInstanceOf(ShapefileFeatureReader.class);
        assertThat(FeatureFiles.readerFor(Path.of("a.gpkg"))).isInstanceOf(GeoPackageFeatureReader.class);
    }

    @Test
    void unknownExtensionsListTheKnownOnes() {
        assertThatThrownBy(() -> FeatureFiles.read(FileWithCrs.parse("设施.xlsx")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("设施.xlsx: unknown file type '.xlsx'; give a " + FeatureFiles.KNOWN_EXTENSIONS + " file");
        assertThatThrownBy(() -> FeatureFiles.readerFor(Path.of("README")))
                .hasMessageContaining("README: unknown file type (no extension)");
    }

    @Test
    void missingFilesAndFoldersAreReported() throws IOException {
        assertThatThrownBy(() -> FeatureFiles.read(FileWithCrs.parse(dir.resolve("nope.csv") + "@gcj02")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("nope.csv: no such file; check the path");
        Path folder = Files.createDirectories(dir.resolve("layers.shp"));
        assertThatThrownBy(() -> FeatureFiles.read(FileWithCrs.parse(folder.toString())))
                .hasMessageStartingWith("layers.shp: is a folder, not a file");
    }

    @Test
    void optionsReachTheReaders() throws IOException {
        Path csv = Files.write(dir.resolve("a.csv"), "name,lon,lat\n幼儿园,117.2,39.1\n".getBytes(TextCharsets.GBK));
        FeatureReadOptions gbk = FeatureReadOptions.defaults().withCharset(TextCharsets.parse("GBK"));
        assertThat(FeatureFiles.read(FileWithCrs.parse(csv.toString()), gbk).get(0).findText("name")).contains("幼儿园");
        assertThat(gbk.withLayer("areas").layer()).contains("areas");
    }
}
