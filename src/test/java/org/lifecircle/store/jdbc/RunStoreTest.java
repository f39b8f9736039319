package org.lifecircle.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.store.AreaResult;
import org.lifecircle.store.CategoryResult;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.DistrictResult;
import org.lifecircle.store.MappedAreaResult;
import org.lifecircle.store.NewRun;
import org.lifecircle.store.RunInfo;
import org.lifecircle.store.RunKind;
import org.lifecircle.store.RunParameters;
import org.lifecircle.store.RunRule;
import org.lifecircle.store.StoredRun;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** Runs on both stores: saved and read back exactly, listed per dataset, and mapped onto their areas by box. */
class RunStoreTest {

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

    static NewRun run(DatasetInfo dataset, List<ResidentialArea> areas, int seed) {
        List<AreaResult> results = new ArrayList<>();
        for (int a = 0; a < areas.size(); a++) {
            List<CategoryResult> categories = new ArrayList<>();
            for (int k = 0; k < StoreFixtures.CATEGORIES.size(); k++) {
                Category c = StoreFixtures.CATEGORIES.get(k);
                boolean reached = (a + seed + k) % 4 != 0;
                categories.add(new CategoryResult(c, reached ? OptionalDouble.of(a * 10.5 + seed) : OptionalDouble.empty(),
                        reached ? "F-" + a : "", reached ? "设施 '" + a + "'" : "", reached && (a + seed) % 3 != 0));
            }
            results.add(new AreaResult(a, areas.get(a).sourceId(), areas.get(a).name(), a % 2 == 0 ? "120101" : "",
                    a % 2 == 0 ? "和平区" : "(outside all districts)", a % 5 == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(1000.5 + a), a % 5 == 0 ? "none" : "attribute", categories));
        }
        List<DistrictResult> districts = List.of(
                new DistrictResult("120101", "和平区", Category.of("elderly_care"), 10, 7, 5000, 3500.5, 70.01,
                        OptionalDouble.of(100), Optional.of(false)),
                new DistrictResult("", "(outside all districts)", Category.of("convenience"), 3, 3, 0, 0, 100,
                        OptionalDouble.empty(), Optional.empty()));
        List<RunRule> rules = List.of(
                new RunRule(Category.of("elderly_care"), 720, OptionalDouble.of(15), OptionalDouble.of(0.8),
                        OptionalDouble.of(100), "15分钟养老服务圈"),
                new RunRule(Category.of("childcare"), 1000, OptionalDouble.empty(), OptionalDouble.empty(),
                        OptionalDouble.of(60), "社区托育 60 %"),
                new RunRule(Category.of("convenience"), 990, OptionalDouble.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty(), "no target"));
        return new NewRun(dataset.name(), dataset.versionId(), Instant.now(), new RunParameters(
                seed % 2 == 0 ? RunKind.COVERAGE : RunKind.BATCH, "tianjin-2022", "Tianjin 2022", 2000, 300,
                seed % 2 == 0 ? OptionalDouble.empty() : OptionalDouble.of(800)), rules, results, districts,
                "id: tianjin-2022\ncategories: {} # 天津 " + seed + "\n");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aRunRoundTripsAndIsListedWithItsDataset(JdbcStore store) {
        DatasetInfo dataset = store.datasets().save(StoreFixtures.dataset("runs", 20, 10, 30));
        List<ResidentialArea> areas = store.datasets().read("runs").features().areas();
        NewRun first = run(dataset, areas, 1);
        RunInfo saved = store.runs().save(first);
        RunInfo second = store.runs().save(run(dataset, areas, 2));
        assertThat(saved.id()).matches("r\\d+");
        StoredRun read = store.runs().read(saved.id());
        assertThat(read.info()).isEqualTo(saved);
        assertThat(read.rules()).isEqualTo(first.rules());
        assertThat(read.areas()).isEqualTo(first.areas());
        assertThat(read.districts()).isEqualTo(first.districts());
        assertThat(read.profileText()).isEqualTo(first.profileText()).contains("天津 1");
        assertThat(store.runs().list(Optional.of("runs"))).containsExactly(saved, second);
        assertThat(store.runs().list(Optional.of("other"))).isEmpty();
        assertThat(store.runs().find("x'; --")).isEmpty();
        assertThat(store.runs().find("r999999")).isEmpty();
        assertThatThrownBy(() -> store.runs().read("r999999")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no run 'r999999'");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void resultsJoinedToAreasForABoxMatchTheAreasInTheBox(JdbcStore store) {
        DatasetInfo dataset = store.datasets().save(StoreFixtures.dataset("mapped", 21, 10, 80));
        List<ResidentialArea> areas = store.datasets().read("mapped").features().areas();
        NewRun run = run(dataset, areas, 3);
        RunInfo saved = store.runs().save(run);
        Envelope box = new Envelope(117.12, 117.16, 39.07, 39.12);
        var boxShape = new GeometryFactory().toGeometry(box);
        List<MappedAreaResult> mapped = store.runs().areaResultsIn(saved.id(), box);
        List<Integer> expected = new ArrayList<>();
        for (int a = 0; a < areas.size(); a++) {
            if (boxShape.intersects(areas.get(a).polygon())) {
                expected.add(a);
            }
        }
        assertThat(mapped).extracting(m -> m.result().area()).containsExactlyElementsOf(expected);
        for (MappedAreaResult m : mapped) {
            assertThat(m.result()).isEqualTo(run.areas().get(m.result().area()));
            assertThat(m.polygon()).isEqualTo(areas.get(m.result().area()).polygon());
        }
        store.datasets().save(StoreFixtures.dataset("mapped", 22, 10, 80));
        assertThat(store.runs().areaResultsIn(saved.id(), box)).as("its dataset version was replaced").isEmpty();
        assertThat(store.runs().read(saved.id()).areas()).as("the run itself stays").hasSize(80);
    }
}
