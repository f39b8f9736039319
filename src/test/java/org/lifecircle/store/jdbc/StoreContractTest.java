package org.lifecircle.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.store.DatasetFeatures;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.NewDataset;
import org.lifecircle.store.StoredDataset;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * One suite, run against both stores: the embedded SQLite database and PostGIS on the test
 * PostgreSQL (a fresh schema, dropped afterwards). Datasets round-trip exactly, names are data,
 * box queries return exactly what intersects, and a re-import replaces a dataset atomically.
 */
class StoreContractTest {

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

    @ParameterizedTest
    @MethodSource("stores")
    void aDatasetRoundTripsExactly(JdbcStore store) {
        NewDataset dataset = StoreFixtures.dataset("round trip", 1, 60, 40);
        DatasetInfo saved = store.datasets().save(dataset);
        StoredDataset read = store.datasets().read("round trip");
        assertThat(read.info()).isEqualTo(saved);
        assertThat(read.info().sources()).isEqualTo(dataset.sources());
        assertThat(read.build()).isEqualTo(dataset.build());
        DatasetFeatures expected = dataset.features();
        assertThat(read.features().facilities()).isEqualTo(expected.facilities());
        assertThat(read.features().areas()).isEqualTo(expected.areas());
        assertThat(read.features().districts()).isEqualTo(expected.districts());
        assertThat(read.features().censusByDistrict()).isEqualTo(expected.censusByDistrict());
        assertThat(read.features().repaired()).isEqualTo(expected.repaired());
        assertThat(read.features().skipped()).isEqualTo(expected.skipped());
        assertThat(saved.counts().nodes()).isEqualTo(dataset.network().nodeCount());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void namesWithQuotesAndSqlAreStoredAsData(JdbcStore store) {
        List<String> names = List.of("x'); DROP TABLE datasets; --", "名字 \"quoted\"", "a\\b%_");
        for (String name : names) {
            store.datasets().save(StoreFixtures.dataset(name, 2, 5, 5));
        }
        for (String name : names) {
            assertThat(store.datasets().get(name).name()).isEqualTo(name);
            assertThat(store.datasets().read(name).features().facilities()).hasSize(5);
        }
        assertThat(store.datasets().list()).extracting(DatasetInfo::name).containsAll(names);
        assertThat(store.datasets().find("a\\b%")).isEmpty();
        assertThat(store.datasets().delete(names.get(0))).isTrue();
        assertThat(store.datasets().find(names.get(0))).isEmpty();
        assertThat(store.datasets().find(names.get(1))).isPresent();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void unknownNamesAreOneLineErrorsNamingTheKnownDatasets(JdbcStore store) {
        store.datasets().save(StoreFixtures.dataset("known one", 3, 3, 3));
        assertThatThrownBy(() -> store.datasets().get("nope")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no dataset named 'nope'").hasMessageContaining("known one");
        assertThatThrownBy(() -> store.datasets().read("nope")).isInstanceOf(InvalidInputException.class);
        assertThat(store.datasets().delete("nope")).isFalse();
        assertThatThrownBy(() -> StoreFixtures.dataset("bad\nname", 1, 1, 1)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aReimportReplacesTheDatasetAndLeavesNoRowsOfTheOldVersion(JdbcStore store) {
        DatasetInfo first = store.datasets().save(StoreFixtures.dataset("replaced", 4, 30, 20));
        Path firstSnapshot = store.graphCache().fileOf(first.versionId());
        assertThat(firstSnapshot).exists();
        DatasetInfo second = store.datasets().save(StoreFixtures.dataset("replaced", 5, 12, 9));
        assertThat(second.versionId()).isNotEqualTo(first.versionId());
        StoredDataset read = store.datasets().read("replaced");
        assertThat(read.info().versionId()).isEqualTo(second.versionId());
        assertThat(read.features().facilities()).isEqualTo(StoreFixtures.features(5, 12, 9).facilities());
        assertThat(TestStores.rows(store, Optional.of(first.versionId()))).isZero();
        assertThat(firstSnapshot).as("the replaced version's cached graph").doesNotExist();
        assertThat(store.graphCache().fileOf(second.versionId())).exists();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void boxQueriesReturnExactlyTheFeaturesIntersectingTheBox(JdbcStore store) {
        store.datasets().save(StoreFixtures.dataset("boxes", 6, 300, 200));
        DatasetFeatures all = store.datasets().read("boxes").features();
        GeometryFactory geometries = new GeometryFactory();
        Random random = new Random(6);
        Envelope extent = StoreFixtures.EXTENT;
        for (int i = 0; i < 25; i++) {
            double x = extent.getMinX() + random.nextDouble() * extent.getWidth();
            double y = extent.getMinY() + random.nextDouble() * extent.getHeight();
            double size = i == 0 ? 1 : random.nextDouble() * 0.03;
            Envelope box = new Envelope(x, x + size, y, y + size);
            Geometry boxShape = geometries.toGeometry(box);
            List<Facility> facilities = all.facilities().stream()
                    .filter(f -> boxShape.intersects(geometries.createPoint(new org.locationtech.jts.geom.Coordinate(
                            f.lon(), f.lat())))).toList();
            List<ResidentialArea> areas = all.areas().stream().filter(a -> boxShape.intersects(a.polygon())).toList();
            List<District> districts = all.districts().stream().filter(d -> boxShape.intersects(d.boundary())).toList();
            assertThat(store.datasets().facilitiesIn("boxes", box)).as("facilities in " + box).isEqualTo(facilities);
            assertThat(store.datasets().areasIn("boxes", box)).as("areas in " + box).isEqualTo(areas);
            assertThat(store.datasets().districtsIn("boxes", box)).as("districts in " + box).isEqualTo(districts);
        }
        assertThatThrownBy(() -> store.datasets().areasIn("no such", extent)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aSelectiveBoxQueryUsesTheSpatialIndex(JdbcStore store) {
        store.datasets().save(StoreFixtures.dataset("indexed", 7, 10, 5000));
        Envelope small = new Envelope(117.15, 117.152, 39.10, 39.102);
        String plan = store.explainAreasIn("indexed", small).toLowerCase(java.util.Locale.ROOT);
        assertThat(plan).as(plan).containsAnyOf("residential_areas_geom_idx", "residential_areas_rtree virtual table index");
        assertThat(plan.lines()).as("the areas are fetched by the index's ids, not walked: " + plan)
                .noneMatch(line -> line.strip().equals("scan residential_areas") || line.contains("autoindex"));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theGraphCacheIsRebuiltWhenDamaged(JdbcStore store) throws Exception {
        DatasetInfo info = store.datasets().save(StoreFixtures.dataset("cached", 8, 3, 3));
        Path snapshot = store.graphCache().fileOf(info.versionId());
        byte[] intact = Files.readAllBytes(snapshot);
        byte[] damaged = intact.clone();
        damaged[damaged.length / 2] ^= 0x55;
        Files.write(snapshot, damaged);
        GraphIdentity.assertSameGraph(GraphIdentity.restore(store, info.versionId()),
                StoreFixtures.demoNetwork().graph());
        assertThat(Files.readAllBytes(snapshot)).as("rewritten from the database").isEqualTo(intact);
    }
}
