package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.units.UnitLevel;
import org.lifecircle.units.UnitTree;

/**
 * What a run found per unit: the coverage of every level given, the tier checks and the shares
 * of communities served.
 *
 * @param tree the units with their parents
 * @param levels the coverage of each level given, largest first
 * @param tiers the tier rows (tiers.csv)
 * @param communityShares per community-share rule: overall, then every unit ({@link CommunityShares});
 *     empty when the community level was not given
 */
public record UnitReport(UnitTree tree, List<LevelCoverage> levels, List<TierRow> tiers,
                         List<CommunityShare> communityShares) {

    public UnitReport {
        levels = List.copyOf(levels);
        tiers = List.copyOf(tiers);
        communityShares = List.copyOf(communityShares);
    }

    /** No units given: nothing to report. */
    public static UnitReport none() {
        return new UnitReport(UnitTree.empty(), List.of(), List.of(), List.of());
    }

    /** Every level's coverage and the profile's tier checks counted inside units (no rule may need the walk). */
    public static UnitReport of(CoverageResult result, UnitTree tree) {
        return of(result, tree, null);
    }

    /** Every level's coverage, the profile's tier checks (the walk measured by {@code walk}) and community shares. */
    public static UnitReport of(CoverageResult result, UnitTree tree, TierWalk walk) {
        List<LevelCoverage> levels = new ArrayList<>();
        for (UnitLevel level : tree.levels()) {
            levels.add(LevelCoverage.of(result, level, tree.units(level)));
        }
        List<TierRow> tiers = new ArrayList<>();
        for (TierRow row : new TierCheck(result.facilities(), result.profile(), tree).run()) {
            LevelCoverage level = levels.stream().filter(l -> l.level() == row.level()).findFirst().orElseThrow();
            boolean empty = level.rows().stream().noneMatch(r -> r.districtCode().equals(row.code()) && r.areas() > 0);
            TierRow checked = walked(row, result, level, walk);
            tiers.add(empty ? checked.withNoData() : checked);
        }
        Optional<LevelCoverage> communities = levels.stream().filter(l -> l.level() == UnitLevel.COMMUNITY).findFirst();
        List<CommunityShare> shares = communities.map(c -> new CommunityShares(result, tree, c).run()).orElse(List.of());
        return new UnitReport(tree, levels, tiers, shares);
    }

    /** The row with its residents' share within the walk of the tier, when its rule asks for it. */
    private static TierRow walked(TierRow row, CoverageResult result, LevelCoverage level, TierWalk walk) {
        TierRule rule = result.profile().findTierRule(row.category()).orElseThrow();
        if (rule.walkMinPct().isEmpty()) {
            return row;
        }
        if (walk == null) {
            throw new IllegalArgumentException(row.category().id() + ": tier_walk_min_pct needs the walking graph");
        }
        boolean[] covered = walk.covered(result, result.profile().getRule(row.category()), row.requiredTier());
        int unit = level.units().indexOf(level.units().stream().filter(u -> u.code().equals(row.code())).findFirst()
                .orElseThrow());
        return row.withWalk(rule.walkMinPct().getAsDouble(), coveredPct(result.areas(), level.assignment(), unit, covered));
    }

    /** The share of a unit's residents (of its areas, without population) in covered areas; NaN without areas. */
    static double coveredPct(List<ResidentialArea> areas, DistrictAssignment assignment, int unit, boolean[] covered) {
        int count = 0;
        int coveredCount = 0;
        double population = 0;
        double populationCovered = 0;
        for (int a = 0; a < areas.size(); a++) {
            if (assignment.districtOf(a) != unit) {
                continue;
            }
            count++;
            coveredCount += covered[a] ? 1 : 0;
            if (areas.get(a).population().isKnown()) {
                population += areas.get(a).population().residents();
                populationCovered += covered[a] ? areas.get(a).population().residents() : 0;
            }
        }
        return population > 0 ? 100 * populationCovered / population : count > 0 ? 100.0 * coveredCount / count : Double.NaN;
    }

    /** The tier rows whose unit lacks the facilities of its tier (units without residential areas left out). */
    public List<TierRow> missing() {
        return tiers.stream().filter(TierRow::missing).toList();
    }

    /** The community shares below their target (overall, districts and streets; communities themselves have none). */
    public List<CommunityShare> sharesMissed() {
        return communityShares.stream().filter(s -> s.pass().isPresent() && !s.pass().get()).toList();
    }
}
