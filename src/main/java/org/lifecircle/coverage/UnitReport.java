package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.units.UnitLevel;
import org.lifecircle.units.UnitTree;

/**
 * What a run found per unit: the coverage of every level given and the tier checks.
 *
 * @param tree the units with their parents
 * @param levels the coverage of each level given, largest first
 * @param tiers the tier rows (tiers.csv)
 */
public record UnitReport(UnitTree tree, List<LevelCoverage> levels, List<TierRow> tiers) {

    public UnitReport {
        levels = List.copyOf(levels);
        tiers = List.copyOf(tiers);
    }

    /** No units given: nothing to report. */
    public static UnitReport none() {
        return new UnitReport(UnitTree.empty(), List.of(), List.of());
    }

    /** Every level's coverage and the profile's tier checks. */
    public static UnitReport of(CoverageResult result, UnitTree tree) {
        List<LevelCoverage> levels = new ArrayList<>();
        for (UnitLevel level : tree.levels()) {
            levels.add(LevelCoverage.of(result, level, tree.units(level)));
        }
        List<TierRow> tiers = new ArrayList<>();
        for (TierRow row : new TierCheck(result.facilities(), result.profile(), tree).run()) {
            boolean empty = levels.stream().filter(l -> l.level() == row.level()).findFirst().orElseThrow()
                    .rows().stream().noneMatch(r -> r.districtCode().equals(row.code()) && r.areas() > 0);
            tiers.add(empty ? row.withNoData() : row);
        }
        return new UnitReport(tree, levels, tiers);
    }

    /** The tier rows whose unit lacks the facilities of its tier (units without residential areas left out). */
    public List<TierRow> missing() {
        return tiers.stream().filter(TierRow::missing).toList();
    }
}
