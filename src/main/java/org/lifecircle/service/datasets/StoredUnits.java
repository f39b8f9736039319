package org.lifecircle.service.datasets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.service.coverage.CoverageData;
import org.lifecircle.store.DatasetFeatures;
import org.lifecircle.store.StoredDataset;
import org.lifecircle.store.StoredUnit;
import org.lifecircle.units.AdminUnit;
import org.lifecircle.units.UnitLevel;
import org.lifecircle.units.UnitParents;
import org.lifecircle.units.UnitTree;

/**
 * A dataset's units between the engine and the store: the street and community units of a
 * {@link UnitTree} as rows (the districts are stored as districts), and back into the same tree,
 * so that a run on a stored dataset sees the units the files gave.
 */
public final class StoredUnits {

    private StoredUnits() {
    }

    /** The tree's units below the district level, street units first, each level in input order. */
    public static List<StoredUnit> toStore(UnitTree tree) {
        List<StoredUnit> rows = new ArrayList<>();
        for (UnitLevel level : tree.levels()) {
            if (level == UnitLevel.DISTRICT) {
                continue;
            }
            for (AdminUnit unit : tree.units(level)) {
                rows.add(new StoredUnit(level.id(), unit.code(), unit.name(), unit.parentCode(), unit.boundary(),
                        unit.location()));
            }
        }
        return rows;
    }

    /**
     * The tree of a stored dataset: its districts and its stored units with the parents the import
     * resolved ({@link UnitParents} only checks them again: they name units of the larger level).
     */
    public static UnitTree fromStore(DatasetFeatures features) {
        Map<UnitLevel, List<AdminUnit>> given = new EnumMap<>(UnitLevel.class);
        given.put(UnitLevel.DISTRICT, UnitTree.ofDistricts(features.districts(), "districts")
                .units(UnitLevel.DISTRICT));
        for (StoredUnit row : features.units()) {
            UnitLevel level = UnitLevel.parse(row.level());
            given.computeIfAbsent(level, l -> new ArrayList<>()).add(new AdminUnit(level, row.code(), row.name(),
                    row.parentCode(), row.outline(), row.location()));
        }
        return new UnitParents(given).run();
    }

    /** What a run on the stored dataset analyses: its features and units, the graph read from the store. */
    public static CoverageData coverageData(WalkingGraph graph, StoredDataset dataset, Map<String, Object> inputs) {
        DatasetFeatures f = dataset.features();
        return new CoverageData(graph, StoredGraphs.fromStore(dataset.build()), f.facilities(), f.areas(),
                f.districts(), f.censusByDistrict(), f.repaired(), f.skipped(), inputs, Optional.empty(),
                f.censusAges(), fromStore(f), List.of());
    }
}
