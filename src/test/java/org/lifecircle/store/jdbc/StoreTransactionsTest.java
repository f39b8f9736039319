package org.lifecircle.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.store.DatasetFeatures;
import org.lifecircle.store.NewDataset;
import org.lifecircle.store.StoredDataset;

/**
 * Imports are one transaction on both stores: an import killed in the middle of writing leaves no
 * partial dataset (and an earlier version intact), and a reader during a re-import sees the old or
 * the new dataset, never a mix.
 */
class StoreTransactionsTest {

    /** The probe kills imports here: after the network's rows, before the features'. */
    private static final long KILL_AFTER_ROWS = 400;

    @TempDir
    static Path folder;
    private static final BothStores STORES = new BothStores();

    @BeforeAll
    static void openBothStores() {
        STORES.open(folder);
    }

    @AfterAll
    static void closeAndDrop() {
        STORES.close();
    }

    static Stream<Named<JdbcStore>> stores() {
        return STORES.named();
    }

    private static JdbcStore killingMidway(JdbcStore store) {
        return store.withWriteProbe(rows -> {
            if (rows >= KILL_AFTER_ROWS) {
                throw new IllegalStateException("import killed midway after " + rows + " rows");
            }
        });
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aFirstImportKilledMidwayLeavesNoTrace(JdbcStore store) throws Exception {
        long rowsBefore = TestStores.rows(store, Optional.empty());
        long snapshotsBefore = snapshots(store);
        NewDataset dataset = StoreFixtures.dataset("killed", 9, 300, 200);
        assertThatThrownBy(() -> killingMidway(store).datasets().save(dataset)).hasMessageContaining("killed midway");
        assertThat(store.datasets().find("killed")).isEmpty();
        assertThat(TestStores.rows(store, Optional.empty())).as("rows of any version").isEqualTo(rowsBefore);
        assertThat(snapshots(store)).isEqualTo(snapshotsBefore);
        assertThat(store.datasets().save(dataset).name()).as("the same import, not killed").isEqualTo("killed");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aReimportKilledMidwayKeepsTheOldDatasetIntact(JdbcStore store) {
        store.datasets().save(StoreFixtures.dataset("kept", 10, 50, 30));
        StoredDataset before = store.datasets().read("kept");
        long rowsBefore = TestStores.rows(store, Optional.empty());
        assertThatThrownBy(() -> killingMidway(store).datasets().save(StoreFixtures.dataset("kept", 11, 300, 200)))
                .hasMessageContaining("killed midway");
        assertThat(store.datasets().read("kept")).isEqualTo(before);
        assertThat(TestStores.rows(store, Optional.empty())).isEqualTo(rowsBefore);
        assertThat(store.graphCache().fileOf(before.info().versionId())).exists();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aReaderDuringReimportsSeesTheOldOrTheNewDatasetNeverAMix(JdbcStore store) throws Exception {
        NewDataset a = StoreFixtures.dataset("concurrent", 12, 120, 80);
        NewDataset b = StoreFixtures.dataset("concurrent", 13, 90, 60);
        store.datasets().save(a);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                try {
                    seen.add(checksum(store.datasets().read("concurrent").features()));
                } catch (RuntimeException | AssertionError e) {
                    failures.add(e);
                }
            }
        });
        reader.start();
        JdbcStore slow = store.withWriteProbe(rows -> pause());
        for (int i = 0; i < 4; i++) {
            slow.datasets().save(i % 2 == 0 ? b : a);
        }
        writing.set(false);
        reader.join(60_000);
        assertThat(failures).isEmpty();
        assertThat(seen).hasSizeGreaterThan(4).containsOnly(checksum(a.features()), checksum(b.features()))
                .contains(checksum(a.features()), checksum(b.features()));
    }

    private static void pause() {
        try {
            Thread.sleep(60);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Content of a dataset in one line: counts and ids of every table. */
    private static String checksum(DatasetFeatures f) {
        return f.facilities().size() + "/" + f.areas().size() + "/" + f.districts().size() + "/"
                + f.facilities().stream().map(Facility::id).toList().hashCode() + "/"
                + f.areas().stream().map(ResidentialArea::sourceId).toList().hashCode() + "/" + f.repaired();
    }

    private static long snapshots(JdbcStore store) throws Exception {
        Path cache = store.graphCache().folder();
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.count();
        }
    }
}
