package org.lifecircle.io.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.features.FixtureCrs;
import org.lifecircle.io.features.FixtureLayer;
import org.lifecircle.io.features.ShapefileFixtureWriter;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class ShapefileFeatureReaderTest {

    @TempDir
    Path dir;

    @Test
    void missingPartsAreNamed() throws IOException {
        Path shp = points("UTF-8");
        Files.delete(dir.resolve("points.shx"));
        assertThatThrownBy(() -> read(shp)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("points.shp: points.shx is missing beside it")
                .hasMessageContaining(".shp, .shx and .dbf");
        Files.delete(dir.resolve("points.dbf"));
        Files.copy(shp, dir.resolve("points.shx"));
        assertThatThrownBy(() -> read(shp)).hasMessageStartingWith("points.shp: points.dbf is missing beside it");
    }

    @Test
    void aFileThatIsNotAShapefileIsReported() throws IOException {
        Path shp = points("UTF-8");
        Files.writeString(shp, "not a shapefile at all, just text that is long enough to fill a header ".repeat(3));
        assertThatThrownBy(() -> read(shp)).hasMessageStartingWith("points.shp: not a Shapefile");
    }

    @Test
    void gbkTextIsDetectedWithoutCpgOrLanguageDriver() throws IOException {
        Path shp = points("cp936");
        patch(dir.resolve("points.dbf"), 29, (byte) 0);    // H2GIS marks cp936 in the header: remove it
        assertThat(read(shp).get(0).findText("name")).contains("阳光幼儿园");
        Files.writeString(dir.resolve("points.cpg"), "Big5-HKSCS-2008");
        assertThatThrownBy(() -> read(shp)).hasMessageContaining("points.shp: the .cpg file names 'Big5-HKSCS-2008'");
    }

    @Test
    void deletedRecordsAreSkippedAndNullShapesRefused() throws IOException {
        Path shp = points("UTF-8");
        int headerBytes = Short.toUnsignedInt(Short.reverseBytes(readShort(dir.resolve("points.dbf"), 8)));
        patch(dir.resolve("points.dbf"), headerBytes, (byte) '*');
        List<SourceFeature> features = read(shp);
        assertThat(features).extracting(SourceFeature::location).containsExactly("points.shp record 2",
                "points.shp record 3");
        patch(shp, 100 + 8, (byte) 0);    // the first record's shape type becomes 0 (Null)
        patch(dir.resolve("points.dbf"), headerBytes, (byte) ' ');
        assertThatThrownBy(() -> read(shp)).hasMessage("points.shp record 1: no geometry (a null shape); draw it or"
                + " delete the record");
    }

    @Test
    void shxAndDbfOfDifferentShapefilesAreRefused() throws IOException {
        Path shp = points("UTF-8");
        ShapefileFixtureWriter.write(dir, FixtureLayer.AREAS, FixtureCrs.WGS84, "UTF-8");
        Files.copy(dir.resolve("areas.dbf"), dir.resolve("points.dbf"), StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> read(shp)).hasMessageContaining("points.shp: the .shx lists 3 shapes but the .dbf has"
                + " 2 records");
    }

    @Test
    void multiPolygonRingsAndLinesAreRebuilt() throws IOException {
        Path polygons = ShapefileFixtureWriter.writeSql(dir, "blocks", "CREATE TABLE T(\"name\" VARCHAR, THE_GEOM"
                + " GEOMETRY(MULTIPOLYGON, 4326))", "INSERT INTO T VALUES('a', ST_GeomFromText('MULTIPOLYGON("
                + "((117 39, 117.1 39, 117.1 39.1, 117 39.1, 117 39), (117.02 39.02, 117.04 39.02, 117.04 39.04,"
                + " 117.02 39.04, 117.02 39.02)), ((117.2 39, 117.3 39, 117.3 39.1, 117.2 39.1, 117.2 39),"
                + " (117.22 39.02, 117.24 39.02, 117.24 39.04, 117.22 39.04, 117.22 39.02)))', 4326))");
        Geometry blocks = read(polygons).get(0).geometry();
        assertThat(blocks).isInstanceOf(MultiPolygon.class);
        assertThat(blocks.getNumGeometries()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            Polygon polygon = (Polygon) blocks.getGeometryN(i);
            assertThat(polygon.getNumInteriorRing()).isEqualTo(1);
            assertThat(polygon.getExteriorRing().getEnvelopeInternal()
                    .covers(polygon.getInteriorRingN(0).getEnvelopeInternal())).isTrue();
        }
        assertThat(blocks.getArea()).isCloseTo(2 * (0.01 - 0.0004), org.assertj.core.data.Offset.offset(1e-12));

        Path lines = ShapefileFixtureWriter.writeSql(dir, "paths", "CREATE TABLE T(\"name\" VARCHAR, THE_GEOM"
                + " GEOMETRY(MULTILINESTRING, 4326))", "INSERT INTO T VALUES('a', ST_GeomFromText('MULTILINESTRING("
                + "(117 39, 117.1 39.1), (117.2 39.2, 117.3 39.3, 117.4 39.2))', 4326))");
        assertThat(read(lines).get(0).geometry().getGeometryType()).isEqualTo("MultiLineString");
    }

    @Test
    void unsafeZipEntriesAreRefused() throws IOException {
        Path climbing = dir.resolve("climbing.zip");
        ShapefileFixtureWriter.writeRawZip(climbing, Map.of("data/../../evil.shp", new byte[] {1}));
        assertThatThrownBy(() -> read(climbing)).hasMessageStartingWith("climbing.zip: entry 'data/../../evil.shp'"
                + " points outside the archive folder");
        Path absolute = dir.resolve("absolute.zip");
        ShapefileFixtureWriter.writeRawZip(absolute, Map.of("/tmp/evil.dbf", new byte[] {1}));
        assertThatThrownBy(() -> read(absolute)).hasMessageContaining("entry '/tmp/evil.dbf' points outside");
    }

    @Test
    void zipExtractionStopsAtTheSizeCap() throws IOException {
        Path zip = dir.resolve("big.zip");
        ShapefileFixtureWriter.writeRawZip(zip, Map.of("big.shp", new byte[4096]));
        ShapefileFeatureReader capped = new ShapefileFeatureReader(Optional.empty(), Optional.empty(), 1024);
        assertThatThrownBy(() -> capped.read(zip, Optional.empty())).hasMessageStartingWith("big.zip: the Shapefile"
                + " parts unpack to more than 1024 bytes");
    }

    @Test
    void zipsWithSeveralOrNoShapefilesAskWhichOne() throws IOException {
        Path parts = Files.createDirectories(dir.resolve("parts"));
        ShapefileFixtureWriter.write(parts, FixtureLayer.POINTS, FixtureCrs.WGS84, "UTF-8");
        ShapefileFixtureWriter.write(parts, FixtureLayer.AREAS, FixtureCrs.WGS84, "UTF-8");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String name : List.of("points", "areas")) {
            for (String extension : List.of(".shp", ".shx", ".dbf", ".prj")) {
                entries.put(name + extension, Files.readAllBytes(parts.resolve(name + extension)));
            }
        }
        Path zip = dir.resolve("both.zip");
        ShapefileFixtureWriter.writeRawZip(zip, entries);
        assertThatThrownBy(() -> read(zip)).hasMessageContaining("both.zip: holds 2 Shapefiles")
                .hasMessageContaining("points.shp").hasMessageContaining("areas.shp");
        List<SourceFeature> areas = new ShapefileFeatureReader(Optional.empty(), Optional.of("areas"))
                .read(zip, Optional.empty());
        assertThat(areas).hasSize(2);
        assertThat(areas.get(0).location()).isEqualTo("both.zip/areas.shp record 1");

        Path none = dir.resolve("none.zip");
        ShapefileFixtureWriter.writeRawZip(none, Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> read(none)).hasMessageStartingWith("none.zip: holds no .shp file");
    }

    private Path points(String encoding) throws IOException {
        return ShapefileFixtureWriter.write(dir, FixtureLayer.POINTS, FixtureCrs.WGS84, encoding);
    }

    private static List<SourceFeature> read(Path file) {
        return new ShapefileFeatureReader().read(file, Optional.empty());
    }

    private static void patch(Path file, long position, byte value) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(position);
            raf.write(value);
        }
    }

    private static short readShort(Path file, long position) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(position);
            return raf.readShort();
        }
    }
}
