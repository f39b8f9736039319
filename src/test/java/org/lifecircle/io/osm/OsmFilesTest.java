package org.lifecircle.io.osm;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsmFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "city.osm, OsmXmlReader",
        "city.xml, OsmXmlReader",
        "city.osm.gz, OsmXmlReader",
        "city.osm.bz2, OsmXmlReader",
        "CITY.OSM, OsmXmlReader",
        "city.osm.pbf, OsmPbfReader",
        "city.pbf, OsmPbfReader",
        "City.OSM.PBF, OsmPbfReader",
    })
    void picksTheReaderFromTheFileName(String name, String readerClass) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "x");

        assertThat(OsmFiles.readerFor(file).getClass().getSimpleName()).isEqualTo(readerClass);
    }
}
