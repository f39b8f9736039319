package org.lifecircle.io.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.features.FixtureCrs;
import org.lifecircle.io.features.FixtureLayer;
import org.lifecircle.io.features.ShapefileFixtureWriter;
import org.lifecircle.io.files.TextCharsets;
import org.lifecircle.model.InvalidInputException;

/** The size cap on a zipped Shapefile, on declared and on actual sizes. */
class ShapefileZipTest {

    private static final int CAP = 1024;

    @TempDir
    Path dir;

    @Test
    void theDefaultCapIsHalfAGibibyte() {
        assertThat(ShapefileZip.DEFAULT_MAX_BYTES).isEqualTo(512L * 1024 * 1024);
    }

    @Test
    void anArchiveDeclaringMoreThanTheCapIsRefusedBeforeExtraction() throws IOException {
        Path zip = dir.resolve("honest.zip");
        ShapefileFixtureWriter.writeRawZip(zip, Map.of("a.shp", new byte[600], "a.dbf", new byte[600]));
        assertThatThrownBy(() -> capped().read(zip, Optional.empty())).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("honest.zip: the Shapefile parts unpack to more than 1024 bytes; refusing");
    }

    @Test
    void anArchiveUnderstatingItsSizesStopsAtTheCapWhileExtracting() throws IOException {
        Path zip = dir.resolve("lying.zip");
        ShapefileFixtureWriter.writeRawZip(zip, Map.of("a.shp", new byte[100_000]));
        byte[] bytes = Files.readAllBytes(zip);
        understateSizes(bytes);
        Files.write(zip, bytes);
        assertThatThrownBy(() -> capped().read(zip, Optional.empty())).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("lying.zip: the Shapefile parts unpack to more than 1024 bytes; refusing");
    }

    @Test
    void sizesAreNamedInMebibytesWhenWhole() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        ShapefileFixtureWriter.writeRawZip(zip, Map.of("a.shp", new byte[(1 << 20) + 1]));
        ShapefileFeatureReader oneMebibyte = new ShapefileFeatureReader(Optional.empty(), Optional.empty(), 1 << 20);
        assertThatThrownBy(() -> oneMebibyte.read(zip, Optional.empty()))
                .hasMessageContaining("unpack to more than 1 MiB");
    }

    /** Zips made on Chinese Windows name their entries in GBK, without the zip's UTF-8 flag. */
    @Test
    void entryNamesInGbkAreRead() throws IOException {
        Path parts = ShapefileFixtureWriter.write(Files.createDirectories(dir.resolve("parts")), FixtureLayer.POINTS,
                FixtureCrs.WGS84, "UTF-8").getParent();
        Path zip = dir.resolve("设施.zip");
        try (OutputStream file = Files.newOutputStream(zip);
             ZipOutputStream out = new ZipOutputStream(file, TextCharsets.GBK)) {
            for (String extension : List.of(".shp", ".shx", ".dbf", ".prj")) {
                ShapefileFixtureWriter.addEntry(out, "西青区/养老设施" + extension,
                        Files.readAllBytes(parts.resolve(FixtureLayer.POINTS.fileBase() + extension)));
            }
        }
        assertThat(new ShapefileFeatureReader().read(zip, Optional.empty())).hasSize(3);
    }

    private static ShapefileFeatureReader capped() {
        return new ShapefileFeatureReader(Optional.empty(), Optional.empty(), CAP);
    }

    /** Sets the uncompressed size of every central directory entry (signature PK 1 2, size at +24) to 10. */
    private static void understateSizes(byte[] zip) {
        for (int i = 0; i + 28 <= zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                zip[i + 24] = 10;
                zip[i + 25] = 0;
                zip[i + 26] = 0;
                zip[i + 27] = 0;
            }
        }
    }
}
