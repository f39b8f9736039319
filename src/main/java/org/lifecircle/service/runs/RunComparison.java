package org.lifecircle.service.runs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.model.Category;
import org.lifecircle.store.AreaResult;
import org.lifecircle.store.CategoryResult;
import org.lifecircle.store.DistrictResult;
import org.lifecircle.store.RunInfo;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoredRun;

/**
 * {@code lifecircle runs compare A B}: which areas changed status per category, and how the
 * covered population of every district changed. Areas are matched by their source id (stable
 * across re-imports of edited files), districts by code (by name when there is no code).
 */
public final class RunComparison {

    /** An area's standing for a category in one run. */
    public enum Status {
        COVERED("covered"), GAP("gap"), NOT_IN_RUN("not in run");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record AreaChange(String sourceId, String name, String districtName, Category category, Status before,
                             Status after, OptionalDouble distanceBeforeMeters, OptionalDouble distanceAfterMeters) {
    }

    public record DistrictChange(String districtCode, String districtName, Category category,
                                 double populationCoveredBefore, double populationCoveredAfter) {
        public double changeOfPopulationCovered() {
            return populationCoveredAfter - populationCoveredBefore;
        }
    }

    public record Difference(RunInfo before, RunInfo after, List<AreaChange> areas, List<DistrictChange> districts) {
    }

    private final Store store;

    public RunComparison(Store store) {
        this.store = store;
    }

    public Difference compare(String runBefore, String runAfter) {
        StoredRun a = store.runs().read(runBefore);
        StoredRun b = store.runs().read(runAfter);
        return new Difference(a.info(), b.info(), areaChanges(a, b), districtChanges(a, b));
    }

    static List<AreaChange> areaChanges(StoredRun a, StoredRun b) {
        Map<String, AreaResult> before = byKey(a.areas());
        Map<String, AreaResult> after = byKey(b.areas());
        Map<String, AreaResult> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        List<AreaChange> changes = new ArrayList<>();
        for (Map.Entry<String, AreaResult> entry : all.entrySet()) {
            Optional<AreaResult> x = Optional.ofNullable(before.get(entry.getKey()));
            Optional<AreaResult> y = Optional.ofNullable(after.get(entry.getKey()));
            AreaResult shown = y.orElse(entry.getValue());
            for (Category category : categories(x, y)) {
                Optional<CategoryResult> cx = x.flatMap(r -> r.findCategory(category));
                Optional<CategoryResult> cy = y.flatMap(r -> r.findCategory(category));
                if (cx.isEmpty() && cy.isEmpty() || status(cx) == status(cy)) {
                    continue;
                }
                changes.add(new AreaChange(shown.sourceId(), shown.name(), shown.districtName(), category, status(cx),
                        status(cy), distance(cx), distance(cy)));
            }
        }
        return changes;
    }

    /** The categories either result has, in the order they come. */
    private static List<Category> categories(Optional<AreaResult> x, Optional<AreaResult> y) {
        java.util.Set<Category> seen = new java.util.LinkedHashSet<>();
        x.ifPresent(r -> r.categories().forEach(c -> seen.add(c.category())));
        y.ifPresent(r -> r.categories().forEach(c -> seen.add(c.category())));
        return List.copyOf(seen);
    }

    /** Areas by source id; a repeated id gets "#2", "#3", ... in order, so that nothing is dropped. */
    private static Map<String, AreaResult> byKey(List<AreaResult> areas) {
        Map<String, AreaResult> byKey = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (AreaResult area : areas) {
            int n = seen.merge(area.sourceId(), 1, Integer::sum);
            byKey.put(n == 1 ? area.sourceId() : area.sourceId() + "#" + n, area);
        }
        return byKey;
    }

    private static Status status(Optional<CategoryResult> result) {
        return result.map(r -> r.covered() ? Status.COVERED : Status.GAP).orElse(Status.NOT_IN_RUN);
    }

    private static OptionalDouble distance(Optional<CategoryResult> result) {
        return result.map(CategoryResult::distanceMeters).orElse(OptionalDouble.empty());
    }

    static List<DistrictChange> districtChanges(StoredRun a, StoredRun b) {
        Map<String, DistrictResult> before = new LinkedHashMap<>();
        a.districts().forEach(d -> before.put(key(d), d));
        Map<String, DistrictResult> after = new LinkedHashMap<>();
        b.districts().forEach(d -> after.put(key(d), d));
        Map<String, DistrictResult> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        List<DistrictChange> changes = new ArrayList<>();
        all.forEach((key, shown) -> {
            DistrictResult x = before.get(key);
            DistrictResult y = after.get(key);
            changes.add(new DistrictChange(shown.districtCode(), shown.districtName(), shown.category(),
                    x == null ? 0 : x.populationCovered(), y == null ? 0 : y.populationCovered()));
        });
        return changes;
    }

    private static String key(DistrictResult d) {
        return (d.districtCode().isEmpty() ? "name:" + d.districtName() : "code:" + d.districtCode()) + "/"
                + d.category().id();
    }
}
