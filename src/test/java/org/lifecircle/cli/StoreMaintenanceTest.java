package org.lifecircle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.service.datasets.StoreCopy;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoreSettings;
import org.lifecircle.store.cache.GraphCache;
import org.lifecircle.store.embedded.LegacyStores;
import org.lifecircle.testdata.TestData;
import org.lifecircle.store.factory.Stores;

/**
 * {@code lifecircle store}: a damaged database is told in one line with what to do, checked,
 * and repaired into a new file with what can still be read; a backup is a database of its own;
 * LifeCircle 0.1's H2 store is offered for migration and migrated whole.
 */
class StoreMaintenanceTest {

    private static final Path CHENGDU = TestData.osm("chengdu-central-2018");
    private static final int PAGE_BYTES = 4096;

    @TempDir
    Path folder;

    private static Map<String, String> env(Path data) {
        return Map.of("LIFECIRCLE_DATA_DIR", data.toString());
    }

    private static GraphCommandTest.Run ok(Map<String, String> env, String... args) {
        GraphCommandTest.Run run = StoreCommandsTest.cli(env, args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run;
    }

    @Test
    void aDatabaseDamagedInItsHeaderIsToldInOneLineWithWhatToDo() throws IOException {
        Map<String, String> env = env(folder.resolve("data"));
        ok(env, "import", "--demo");
        Path file = folder.resolve("data").resolve("lifecircle.db");
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.write("not a database!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        GraphCommandTest.Run list = StoreCommandsTest.cli(env, "list");
        assertThat(list.exitCode()).isEqualTo(2);
        assertThat(list.err().lines()).singleElement().asString()
                .startsWith("lifecircle: cannot open the embedded database " + file.toAbsolutePath()
                        + ": it is damaged or not a LifeCircle store (")
                .contains("'lifecircle store check' tells what can still be read")
                .contains("'lifecircle store repair'");
        GraphCommandTest.Run repair = StoreCommandsTest.cli(env, "store", "repair");
        assertThat(repair.exitCode()).isEqualTo(2);
        assertThat(repair.out()).contains("skipped\teverything: the damaged database cannot be opened");
        assertThat(ok(env, "list").out()).startsWith("no datasets in");
    }

    @Test
    void repairKeepsEveryDatasetThatCanStillBeReadAndSetsTheDamagedFileAside() throws Exception {
        Path data = folder.resolve("data");
        Map<String, String> env = env(data);
        ok(env, "import", "--demo");
        ok(env, "coverage", "--dataset", "demo", "--out", folder.resolve("before").toString());
        ok(env, "import", "--name", "city", "--osm", CHENGDU.toString());
        assertThat(ok(env, "store", "check").out()).isEqualTo("store check: ok\n");
        Path file = data.resolve("lifecircle.db");
        zeroPage(file, lastLeafPage(file, "residential_areas"));  // city's areas: written after the demo's

        GraphCommandTest.Run coverage = StoreCommandsTest.cli(env, "coverage", "--dataset", "city", "--out",
                folder.resolve("city").toString());
        assertThat(coverage.exitCode()).isEqualTo(2);
        assertThat(coverage.err().lines()).singleElement().asString().startsWith("lifecircle: the embedded database "
                + file.toAbsolutePath() + " is damaged (").contains("'lifecircle store repair'");
        GraphCommandTest.Run check = StoreCommandsTest.cli(env, "store", "check");
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.out()).contains("problem\t").contains("problems; 'lifecircle store repair'");

        GraphCommandTest.Run repair = StoreCommandsTest.cli(env, "store", "repair");
        assertThat(repair.exitCode()).as(repair.out()).isEqualTo(2);
        assertThat(repair.out()).contains("copied\tdataset 'demo'").contains("copied\trun r1 -> r1")
                .contains("skipped\tdataset 'city': cannot be read").contains("store repair: 2 copied, 1 skipped");
        assertThat(repair.err()).startsWith("lifecircle: moved the damaged database into " + data.toAbsolutePath()
                .normalize().resolve("damaged-"));
        assertThat(ok(env, "store", "check").out()).isEqualTo("store check: ok\n");
        assertThat(ok(env, "list").out().lines()).singleElement().asString().startsWith("demo\t");
        ok(env, "coverage", "--dataset", "demo", "--out", folder.resolve("after").toString());
        assertThat(Files.readString(folder.resolve("after").resolve("coverage.csv")))
                .isEqualTo(Files.readString(folder.resolve("before").resolve("coverage.csv")));
    }

    @Test
    void aBackupIsADatabaseOfItsOwnWithEverything() throws IOException {
        Map<String, String> env = env(folder.resolve("data"));
        ok(env, "import", "--demo");
        Path backup = folder.resolve("backups").resolve("lifecircle-2026.db");
        assertThat(ok(env, "store", "backup", backup.toString()).out()).startsWith("store backup: wrote " + backup);
        Path restored = folder.resolve("restored");
        Files.createDirectories(restored);
        Files.copy(backup, restored.resolve("lifecircle.db"));
        assertThat(ok(env(restored), "list").out()).isEqualTo(ok(env, "list").out());
    }

    @Test
    void theStoreOfLifeCircleZeroOneIsOfferedAndMigratedWhole() throws IOException {
        Map<String, String> original = env(folder.resolve("original"));
        ok(original, "import", "--demo");
        ok(original, "import", "--name", "演示 2", "--osm", "gis-data/demo/network.osm", "--facilities",
                "gis-data/demo/facilities.csv@gcj02", "--residential", "gis-data/demo/residential.geojson",
                "--districts", "gis-data/demo/districts.geojson");
        ok(original, "coverage", "--dataset", "demo", "--out", folder.resolve("o1").toString());
        ok(original, "coverage", "--dataset", "演示 2", "--out", folder.resolve("o2").toString());
        Path legacyData = folder.resolve("legacy");
        writeLegacyStore(folder.resolve("original"), legacyData);
        Map<String, String> env = env(legacyData);

        GraphCommandTest.Run offered = StoreCommandsTest.cli(env, "list");
        assertThat(offered.out()).startsWith("no datasets in");
        assertThat(offered.err().lines()).singleElement().asString().startsWith("lifecircle: "
                + legacyData.toAbsolutePath().resolve("lifecircle.mv.db") + " holds the datasets of LifeCircle 0.1")
                .endsWith("'lifecircle store migrate' copies them into " + legacyData.toAbsolutePath()
                        .resolve("lifecircle.db"));

        GraphCommandTest.Run migrate = ok(env, "store", "migrate");
        assertThat(migrate.out()).endsWith("store migrate: 4 copied, 0 skipped\n");
        assertThat(legacyData.resolve("lifecircle.mv.db.migrated")).exists();
        GraphCommandTest.Run list = ok(env, "list");
        assertThat(list.err()).as("offered no more").isEmpty();
        assertThat(list.out()).isEqualTo(ok(original, "list").out());
        assertThat(ok(env, "runs", "list").out()).isEqualTo(ok(original, "runs", "list").out());
        ok(env, "coverage", "--dataset", "演示 2", "--out", folder.resolve("m2").toString());
        assertThat(Files.readString(folder.resolve("m2").resolve("coverage.csv")))
                .isEqualTo(Files.readString(folder.resolve("o2").resolve("coverage.csv")));
    }

    /** An H2 store as LifeCircle 0.1 wrote it (its JDBC code is this store's, on H2), with the original's contents. */
    private static void writeLegacyStore(Path originalData, Path legacyData) throws IOException {
        Path cache = Files.createTempDirectory(legacyData.getParent(), "cache");
        try (Store from = Stores.open(StoreSettings.embedded(originalData));
             Store legacy = LegacyStores.openH2(legacyData, new GraphCache(cache))) {
            StoreCopy.Report report = new StoreCopy(from, legacy).run();
            assertThat(report.skipped()).isEmpty();
        }
    }

    private static int lastLeafPage(Path file, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rows = c.createStatement().executeQuery("SELECT max(pageno) FROM dbstat WHERE name = '" + table
                     + "' AND pagetype = 'leaf'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void zeroPage(Path file, int page) throws IOException {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek((long) (page - 1) * PAGE_BYTES);
            raw.write(new byte[PAGE_BYTES]);
        }
    }
}
