package org.lifecircle.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.service.Timer;
import org.lifecircle.service.coverage.CoverageInputs;
import org.lifecircle.service.coverage.CoverageJob;
import org.lifecircle.service.coverage.CoverageOutputs;
import org.lifecircle.service.coverage.CoverageParameters;
import org.lifecircle.service.coverage.CoverageRequest;
import org.lifecircle.service.coverage.DemoJob;
import org.lifecircle.service.datasets.ImportJob;
import org.lifecircle.service.datasets.StoreCopy;
import org.lifecircle.service.datasets.StoredUnits;
import org.lifecircle.service.runs.DatasetCoverageJob;
import org.lifecircle.service.runs.DatasetCoverageRequest;
import org.lifecircle.store.SourceRole;
import org.lifecircle.store.RunKind;
import org.lifecircle.store.StoredUnit;

/**
 * Street and community units in both stores: the demo city imported with its streets and
 * communities keeps every unit (code, name, parent, outline to the last double) as reading the
 * files gives it; {@code coverage --dataset} and {@code batch --dataset} write byte for byte the
 * units.csv and tiers.csv of the run on the files; a store copy keeps them.
 */
class StoredUnitsTest {

    private static final Path DEMO = Path.of("gis-data", "demo");

    @TempDir
    static Path folder;
    private static final BothStores STORES = new BothStores();
    /** The oracle: the units as the files give them, parents resolved. */
    private static List<StoredUnit> fromFiles;

    @BeforeAll
    static void importTheDemoIntoBoth() {
        STORES.open(folder);
        STORES.named().forEach(s -> ImportJob.demo(s.getPayload(), DEMO).run());
        fromFiles = StoredUnits.toStore(new CoverageInputs(DemoJob.sourcesWithUnits(DEMO)).read(new Timer()).units());
    }

    @AfterAll
    static void closeAndDrop() {
        STORES.close();
    }

    static Stream<Named<JdbcStore>> stores() {
        return STORES.named();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theDemosStreetsAndCommunitiesRoundTrip(JdbcStore store) {
        List<StoredUnit> stored = store.datasets().read(ImportJob.DEMO_NAME).features().units();
        assertThat(stored).isEqualTo(fromFiles);
        assertThat(stored).filteredOn(u -> u.level().equals("street")).extracting(StoredUnit::code)
                .containsExactly("129901001", "129901002", "129902001", "129902002");
        assertThat(stored).filteredOn(u -> u.level().equals("community")).isNotEmpty()
                .allSatisfy(u -> assertThat(u.parentCode()).startsWith("1299"));
        assertThat(stored).filteredOn(u -> u.code().equals("129902001")).singleElement()
                .satisfies(u -> assertThat(u.parentCode()).isEqualTo("129902"));
        assertThat(store.datasets().get(ImportJob.DEMO_NAME).sources()).extracting(s -> s.role())
                .contains(SourceRole.STREETS, SourceRole.COMMUNITIES);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void coverageFromTheDatasetWritesTheUnitsAndTiersOfTheFiles(JdbcStore store) throws IOException {
        Path files = folder.resolve(label(store) + "-files");
        CoverageOutputs.write(files, new CoverageJob(new CoverageRequest(DemoJob.sourcesWithUnits(DEMO),
                CoverageParameters.defaults(), files)).run());
        Path coverage = folder.resolve(label(store) + "-coverage");
        Path batch = folder.resolve(label(store) + "-batch");
        new DatasetCoverageJob(store, new DatasetCoverageRequest(ImportJob.DEMO_NAME, CoverageParameters.defaults(),
                coverage, RunKind.COVERAGE)).run();
        new DatasetCoverageJob(store, new DatasetCoverageRequest(ImportJob.DEMO_NAME, CoverageParameters.defaults(),
                batch, RunKind.BATCH)).run();
        for (String name : List.of("units.csv", "tiers.csv")) {
            String expected = Files.readString(files.resolve(name));
            assertThat(expected.lines()).as(name).anyMatch(l -> l.startsWith("street,"))
                    .anyMatch(l -> l.startsWith("community,"));
            assertThat(Files.readString(coverage.resolve(name))).as("coverage " + name).isEqualTo(expected);
            assertThat(Files.readString(batch.resolve(name))).as("batch " + name).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aStoreCopyKeepsTheUnits(JdbcStore store) {
        try (JdbcStore copy = TestStores.embedded(folder.resolve(label(store) + "-copy"))) {
            StoreCopy.Report report = new StoreCopy(store, copy).run();
            assertThat(report.skipped()).isEmpty();
            assertThat(copy.datasets().read(ImportJob.DEMO_NAME).features().units()).isEqualTo(fromFiles);
        }
    }

    private static String label(JdbcStore store) {
        return store == STORES.embedded() ? "sqlite" : "postgis";
    }
}
