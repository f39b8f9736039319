package org.lifecircle.io.features;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.io.shapefile.ShapefileFeatureReader;

/**
 * Fuzz tests of the binary readers with a fixed seed: the fixture layers written as Shapefiles
 * (loose parts and zipped) and as GeoPackages, damaged byte by byte ({@link BinaryMutator}), are
 * read into sound features or refused with a one-line message naming the file
 * ({@link ReaderContract}); never another exception, a hang or a crash.
 */
class BinaryReaderFuzzTest {

    private static final long SEED = 20_261_121L;
    private static final int SHAPEFILE_MUTATIONS = 1_500;
    private static final int ZIP_MUTATIONS = 300;
    private static final int GEOPACKAGE_MUTATIONS = 300;
    /** Shapefile parts and how much of each is header (the .shp/.shx file header is 100 bytes). */
    private static final Map<String, Integer> PARTS = Map.of(".shp", 100, ".shx", 100, ".dbf", 96, ".prj", 32,
            ".cpg", 8);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void damagedShapefilePartsAreReadSoundlyOrRefusedWithTheFileName() throws IOException {
        ReaderContract contract = new ReaderContract();
        List<Map<String, byte[]>> fixtures = List.of(shapefileParts(FixtureLayer.POINTS, FixtureCrs.WGS84),
                shapefileParts(FixtureLayer.AREAS, FixtureCrs.EPSG_4548));
        Random random = new Random(SEED);
        List<String> extensions = List.of(".shp", ".shp", ".shx", ".dbf", ".dbf", ".prj", ".cpg");
        for (int i = 0; i < SHAPEFILE_MUTATIONS; i++) {
            long seed = SEED + i;
            random.setSeed(seed);
            Map<String, byte[]> parts = new LinkedHashMap<>(fixtures.get(random.nextInt(fixtures.size())));
            List<String> present = extensions.stream().filter(parts::containsKey).toList();
            String damaged = present.get(random.nextInt(present.size()));
            byte[] bytes = new BinaryMutator(random).mutate(parts.get(damaged), PARTS.get(damaged));
            Path folder = Files.createDirectories(dir.resolve("s" + (i % 5)));
            for (var part : parts.entrySet()) {
                Files.write(folder.resolve("layer" + part.getKey()), part.getKey().equals(damaged) ? bytes : part.getValue());
            }
            Path shp = folder.resolve("layer.shp");
            contract.check(new ShapefileFeatureReader(), shp, Files.readAllBytes(shp), Optional.empty(), seed,
                    "layer.");
        }
        System.out.println("shapefile parts: " + contract.summary());
        assertThat(contract.accepted()).as("some damage is harmless").isPositive();
        assertThat(contract.refused()).as("most damage is refused").isGreaterThan(SHAPEFILE_MUTATIONS / 4);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void damagedShapefileZipsAreReadSoundlyOrRefusedWithTheFileName() throws IOException {
        byte[] zip = Files.readAllBytes(ShapefileFixtureWriter.writeZip(Files.createDirectories(dir.resolve("zip")),
                FixtureLayer.AREAS, FixtureCrs.WGS84));
        fuzzOneFile("shapefile zips", zip, ".zip", 64, ZIP_MUTATIONS);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void damagedGeoPackagesAreReadSoundlyOrRefusedWithTheFileName() throws IOException {
        byte[] gpkg = Files.readAllBytes(GeoPackageFixtureWriter.write(Files.createDirectories(dir.resolve("gpkg")),
                FixtureLayer.AREAS, FixtureCrs.EPSG_4548));
        fuzzOneFile("geopackages", gpkg, ".gpkg", 100, GEOPACKAGE_MUTATIONS);
    }

    /** Damaged copies of a one-file fixture, each read by the reader its extension selects. */
    private void fuzzOneFile(String label, byte[] fixture, String extension, int headerBytes, int mutations)
            throws IOException {
        ReaderContract contract = new ReaderContract();
        Path valid = dir.resolve("valid" + extension);
        contract.check(FeatureFiles.readerFor(valid), valid, fixture, Optional.empty(), 0);
        assertThat(contract.accepted()).as("the undamaged fixture reads").isEqualTo(1);
        Random random = new Random(SEED);
        for (int i = 0; i < mutations; i++) {
            random.setSeed(SEED + i);
            Path file = dir.resolve("fuzz-" + i + extension);
            contract.check(FeatureFiles.readerFor(file), file, new BinaryMutator(random).mutate(fixture, headerBytes),
                    Optional.empty(), SEED + i);
        }
        System.out.println(label + ": " + contract.summary());
        assertThat(contract.accepted()).isGreaterThan(1);
        assertThat(contract.refused()).isPositive();
    }

    private Map<String, byte[]> shapefileParts(FixtureLayer layer, FixtureCrs crs) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("fixture-" + layer.fileBase() + "-" + crs.writtenSrid()));
        Path shp = ShapefileFixtureWriter.write(folder, layer, crs, "UTF-8");
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (String extension : PARTS.keySet()) {
            Path part = folder.resolve(layer.fileBase() + extension);
            if (Files.exists(part)) {
                parts.put(extension, Files.readAllBytes(part));
            }
        }
        parts.putIfAbsent(".cpg", "UTF-8".getBytes(StandardCharsets.US_ASCII));
        assertThat(shp).exists();
        return parts;
    }
}
