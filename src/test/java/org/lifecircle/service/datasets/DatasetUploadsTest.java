package org.lifecircle.service.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lifecircle.demo.DemoFiles;
import org.lifecircle.io.files.ZipUnpacker;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.service.coverage.DemoJob;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoreSettings;
import org.lifecircle.store.StoredUnit;
import org.lifecircle.store.factory.Stores;
import org.locationtech.jts.geom.Coordinate;

/** Datasets imported from a zip of their files: the demo city as a planner would zip it, and zips that are refused. */
class DatasetUploadsTest {

    @TempDir
    static Path data;
    private static Store store;
    private static DatasetUploads uploads;

    @BeforeAll
    static void openStore() {
        store = Stores.open(StoreSettings.embedded(data.resolve("store")));
        uploads = new DatasetUploads(store, UploadedDataset.DEFAULT_LIMITS);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aZippedCityImportsLikeItsFilesOnDisk() throws IOException {
        ImportedDataset uploaded = uploads.importZip("uploaded city", new ByteArrayInputStream(DemoZip.zip(DemoZip.entries())));
        DatasetInfo fromDisk = ImportJob.demo(store, DemoJob.defaultFolder()).run();
        assertThat(uploaded.name()).isEqualTo("uploaded city");
        assertThat(uploaded).usingRecursiveComparison().comparingOnlyFields("nodes", "edges", "facilities", "areas",
                "districts").isEqualTo(ImportedDataset.of(fromDisk));
        assertThat(uploaded.facilities()).isEqualTo(demoFacilityCount());
        assertThat(uploaded.areas()).isEqualTo(18);
        assertThat(uploaded.districts()).isEqualTo(2);
        assertThat(store.datasets().list()).extracting(DatasetInfo::name).contains("uploaded city");
    }

    @Test
    void streetsAndCommunitiesInTheZipAreStoredAsImportDemoStoresThem() throws IOException {
        uploads.importZip("uploaded without units", new ByteArrayInputStream(DemoZip.zip(DemoZip.entries())));
        Map<String, byte[]> entries = DemoZip.entries();
        Path demo = DemoJob.defaultFolder();
        entries.put("city/" + DemoFiles.STREETS, Files.readAllBytes(demo.resolve(DemoFiles.STREETS)));
        entries.put("city/" + DemoFiles.COMMUNITIES, Files.readAllBytes(demo.resolve(DemoFiles.COMMUNITIES)));
        uploads.importZip("tiered city", new ByteArrayInputStream(DemoZip.zip(entries)));
        ImportJob.demo(store, demo).run();
        List<StoredUnit> units = store.datasets().read("tiered city").features().units();
        assertThat(units).hasSize(4 + 5).isEqualTo(store.datasets().read(ImportJob.DEMO_NAME).features().units());
        assertThat(store.datasets().read("uploaded without units").features().units()).isEmpty();
        entries.put("city/streets-2.geojson", Files.readAllBytes(demo.resolve(DemoFiles.STREETS)));
        assertRefused(DemoZip.zip(entries), "more than one streets file");
    }

    /** A gates file in the zip gives the compounds its gates as entrances, as {@code import --gates} does. */
    @Test
    void gatesInTheZipBecomeTheCompoundsEntrances() throws IOException {
        Map<String, byte[]> entries = DemoZip.entries();
        // two gates on the outline of the first area: a corner and the middle of its first side
        ResidentialArea first = store.datasets().read(uploads.importZip("no gates",
                new ByteArrayInputStream(DemoZip.zip(entries))).name()).features().areas().get(0);
        Coordinate[] ring = first.polygon().getCoordinates();
        String gates = String.format(Locale.ROOT, "id,lon,lat%nG1,%.8f,%.8f%nG2,%.8f,%.8f%n", ring[0].x,
                ring[0].y, (ring[0].x + ring[1].x) / 2, (ring[0].y + ring[1].y) / 2);
        entries.put("city/gates.csv", gates.getBytes(StandardCharsets.UTF_8));
        uploads.importZip("gated", new ByteArrayInputStream(DemoZip.zip(entries)));
        List<ResidentialArea> areas = store.datasets().read("gated").features().areas();
        assertThat(areas.get(0).sourceId()).isEqualTo(first.sourceId());
        assertThat(areas.get(0).entrances()).hasSize(2);
        assertThat(areas.stream().skip(1).allMatch(a -> a.entrances().isEmpty())).isTrue();
        assertThat(first.entrances()).isEmpty();
    }

    @Test
    void aRefusedUploadLeavesTheStoreAsItWas() throws IOException {
        uploads.importZip("kept", new ByteArrayInputStream(DemoZip.zip(DemoZip.entries())));
        String version = store.datasets().find("kept").orElseThrow().versionId();
        Map<String, byte[]> broken = DemoZip.entries();
        broken.put("city/facilities@gcj02.csv", "name,category,lon,lat\nA,convenience,117.2,north\n".getBytes());
        assertThatThrownBy(() -> uploads.importZip("kept", new ByteArrayInputStream(DemoZip.zip(broken))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("facilities@gcj02.csv line 2").hasMessageNotContaining(data.toString())
                .hasMessageNotContaining("lifecircle-upload");
        assertThat(store.datasets().find("kept").orElseThrow().versionId()).isEqualTo(version);
    }

    @Test
    void zipsThatDoNotDescribeOneDatasetAreRefusedWithTheReason() throws IOException {
        Map<String, byte[]> noNetwork = DemoZip.entries();
        noNetwork.remove("city/" + DemoFiles.NETWORK);
        assertRefused(DemoZip.zip(noNetwork), "needs exactly one OpenStreetMap file (e.g. network.osm.pbf), found 0");
        Map<String, byte[]> twoNetworks = DemoZip.entries();
        twoNetworks.put("other.osm.pbf", new byte[] {1});
        assertRefused(DemoZip.zip(twoNetworks), "found 2 (network.osm, other.osm.pbf)");
        Map<String, byte[]> noFacilities = DemoZip.entries();
        noFacilities.remove("city/facilities@gcj02.csv");
        assertRefused(DemoZip.zip(noFacilities), "no facilities file");
        Map<String, byte[]> stray = DemoZip.entries();
        stray.put("notes.docx", new byte[] {1});
        assertRefused(DemoZip.zip(stray), "unexpected file 'notes.docx'");
        Map<String, byte[]> badCrs = DemoZip.entries();
        badCrs.put("facilities@mars.csv", badCrs.remove("city/facilities@gcj02.csv"));
        assertRefused(DemoZip.zip(badCrs), "the coordinate system 'mars'");
        Map<String, byte[]> twice = DemoZip.entries();
        twice.put("copy/" + DemoFiles.DISTRICTS, new byte[] {1});
        assertRefused(DemoZip.zip(twice), "two files named districts.geojson");
        assertRefused("PK\u0003\u0004 this is not a zip".getBytes(), "the upload: not a zip archive");
        assertRefused("name,lon,lat\n".getBytes(), "the upload: not a zip archive");
        assertRefused(DemoZip.zip(Map.of("city/", new byte[0])), "the upload holds no files");
        assertRefused(new byte[0], "is empty");
    }

    @Test
    void aZipMadeOnChineseWindowsHasItsGbkNamesRead() throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        DemoZip.entries().forEach((name, bytes) -> entries.put(name.replace("city/", "天津市西青区/"), bytes));
        ImportedDataset imported = uploads.importZip("西青", new ByteArrayInputStream(
                DemoZip.zip(entries, java.nio.charset.Charset.forName("GBK"))));
        assertThat(imported.facilities()).isEqualTo(demoFacilityCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../facilities-escaped.csv", "city/../../facilities-escaped.csv",
        "/tmp/facilities-escaped.csv", "..\\facilities-escaped.csv", "C:\\facilities-escaped.csv"})
    void entriesNamingPlacesOutsideTheZipAreRefused(String entry) throws IOException {
        Map<String, byte[]> climbing = DemoZip.entries();
        climbing.put(entry, "name,category,lon,lat\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertRefused(DemoZip.zip(climbing), "the upload: entry '" + entry + "' points outside the archive folder;"
                + " refusing to extract it");
        assertThat(data.resolve("facilities-escaped.csv")).doesNotExist();
        assertThat(Path.of(System.getProperty("java.io.tmpdir"), "facilities-escaped.csv")).doesNotExist();
    }

    @Test
    void limitsStopLargeZipsAsTheBytesArrive() throws IOException {
        byte[] demo = DemoZip.zip(DemoZip.entries());
        DatasetUploads small = new DatasetUploads(store, new ZipUnpacker.Limits(demo.length - 1, 64, 1L << 30));
        assertThatThrownBy(() -> small.importZip("big", new ByteArrayInputStream(demo)))
                .hasMessageContaining("the upload is larger than");
        DatasetUploads few = new DatasetUploads(store, new ZipUnpacker.Limits(1L << 30, 3, 1L << 30));
        assertThatThrownBy(() -> few.importZip("many", new ByteArrayInputStream(demo)))
                .hasMessageContaining("holds more than 3 files");
        // a zip bomb: 200 MB of zeros packs into about 200 kB
        Map<String, byte[]> bomb = DemoZip.entries();
        bomb.put("facilities-zeros.csv", new byte[200 << 20]);
        DatasetUploads tight = new DatasetUploads(store, new ZipUnpacker.Limits(1L << 30, 64, 50L << 20));
        byte[] bombZip = DemoZip.zip(bomb);
        assertThat(bombZip.length).isLessThan(1 << 20);
        assertThatThrownBy(() -> tight.importZip("bomb", new ByteArrayInputStream(bombZip)))
                .hasMessageContaining("unpacks to more than 50 MB");
        assertThat(store.datasets().list()).extracting(DatasetInfo::name).doesNotContain("big", "many", "bomb");
    }

    private static void assertRefused(byte[] zip, String reason) {
        assertThatThrownBy(() -> uploads.importZip("refused", new ByteArrayInputStream(zip)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(reason);
        assertThat(store.datasets().find("refused")).isEmpty();
    }

    @Test
    void aBadNameIsRefusedBeforeTheZipIsRead() {
        assertThatThrownBy(() -> uploads.importZip("", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("dataset name");
    }

    /** The facility rows of the demo city's facilities.csv (one header line). */
    private static int demoFacilityCount() {
        try {
            return java.nio.file.Files.readAllLines(org.lifecircle.service.coverage.DemoJob.defaultFolder().resolve("facilities.csv"))
                    .size() - 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
