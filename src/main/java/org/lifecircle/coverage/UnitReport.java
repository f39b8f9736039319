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
        return new UnitReport(tree, levels, new TierCheck(result.facilities(), result.profile(), tree).run());
    }

    /** The tier rows whose unit lacks the facilities of its tier. */
    public List<TierRow> missing() {
        return tiers.stream().filter(t -> !t.present()).toList();
    }
}
