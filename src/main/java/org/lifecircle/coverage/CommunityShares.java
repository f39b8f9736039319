package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lifecircle.model.Facility;
import org.lifecircle.units.AdminUnit;
import org.lifecircle.units.UnitLevel;
import org.lifecircle.units.UnitTree;

/**
 * The share of communities each community-share rule serves: decides per community (with
 * residential areas; one without any is left out, as no_data) whether it is served, then counts
 * the served communities overall, in every district and street given (the communities whose
 * parents lead to it) and for each community itself. A facility on a border counts for the first
 * community in input order, as {@link DistrictAssigner} decides.
 */
public final class CommunityShares {

    private final CoverageResult result;
    private final UnitTree tree;
    private final LevelCoverage communities;
    private final Map<String, AdminUnit> parents;
    private final Map<String, Set<String>> members;

    /** @param communities the coverage of the community level ({@link LevelCoverage#of}) */
    public CommunityShares(CoverageResult result, UnitTree tree, LevelCoverage communities) {
        this.result = result;
        this.tree = tree;
        this.communities = communities;
        this.parents = parentsOf(tree);
        this.members = members();
    }

    /** Per rule: overall, then every unit of every level given, largest level first, input order. */
    public List<CommunityShare> run() {
        List<CommunityShare> shares = new ArrayList<>();
        int[] communityOf = new DistrictAssigner(communities.units().stream().map(AdminUnit::asDistrict).toList())
                .assignPoints(result.facilities());
        for (CommunityShareRule rule : result.profile().communityShareRules().values()) {
            Map<String, Boolean> served = served(rule, communityOf);
            shares.add(share(Optional.empty(), "", "", rule, served, served.keySet()));
            for (UnitLevel level : tree.levels()) {
                for (AdminUnit unit : tree.units(level)) {
                    shares.add(share(Optional.of(level), unit.code(), unit.name(), rule, served,
                            communitiesIn(unit)));
                }
            }
        }
        return shares;
    }

    /** Per community code with residential areas, whether the rule serves it. */
    private Map<String, Boolean> served(CommunityShareRule rule, int[] communityOf) {
        CategoryRule scope = result.profile().getRule(rule.category());
        int[] inside = new int[communities.units().size()];
        for (int f = 0; f < communityOf.length; f++) {
            Facility facility = result.facilities().get(f);
            if (communityOf[f] != DistrictAssigner.OUTSIDE && scope.scope().counts(facility)) {
                inside[communityOf[f]]++;
            }
        }
        Map<String, DistrictCoverage> rows = new HashMap<>();
        communities.rows().stream().filter(r -> r.category().equals(rule.category()) && r.areas() > 0)
                .forEach(r -> rows.put(r.districtCode(), r));
        Map<String, Boolean> served = new LinkedHashMap<>();
        for (int c = 0; c < inside.length; c++) {
            String code = communities.units().get(c).code();
            DistrictCoverage row = rows.get(code);
            if (row != null) {
                served.put(code, rule.served(inside[c], row.coveragePct()));
            }
        }
        return served;
    }

    private static CommunityShare share(Optional<UnitLevel> level, String code, String name, CommunityShareRule rule,
                                        Map<String, Boolean> served, Set<String> members) {
        int count = 0;
        int yes = 0;
        for (String member : members) {
            Boolean flag = served.get(member);
            if (flag != null) {
                count++;
                yes += flag ? 1 : 0;
            }
        }
        return new CommunityShare(level, code, name, rule, count, yes);
    }

    /** The codes of the communities inside a unit (a community: itself), by their parents. */
    private Set<String> communitiesIn(AdminUnit unit) {
        if (unit.level() == UnitLevel.COMMUNITY) {
            return Set.of(unit.code());
        }
        return members.getOrDefault(key(unit), Set.of());
    }

    /** Per unit above the community level ("level code"), the codes of the communities whose parents lead to it. */
    private Map<String, Set<String>> members() {
        Map<String, Set<String>> members = new HashMap<>();
        for (AdminUnit community : communities.units()) {
            for (AdminUnit up = parents.get(key(community)); up != null; up = parents.get(key(up))) {
                members.computeIfAbsent(key(up), k -> new HashSet<>()).add(community.code());
            }
        }
        return members;
    }

    /** Each unit's parent unit, by "level code". */
    private static Map<String, AdminUnit> parentsOf(UnitTree tree) {
        Map<String, AdminUnit> parents = new HashMap<>();
        for (UnitLevel level : tree.levels()) {
            Optional<UnitLevel> parentLevel = tree.findParentLevel(level);
            if (parentLevel.isEmpty()) {
                continue;
            }
            Map<String, AdminUnit> byCode = new HashMap<>();
            tree.units(parentLevel.get()).forEach(p -> byCode.put(p.code(), p));
            for (AdminUnit unit : tree.units(level)) {
                AdminUnit parent = byCode.get(unit.parentCode());
                if (parent != null) {
                    parents.put(key(unit), parent);
                }
            }
        }
        return parents;
    }

    private static String key(AdminUnit unit) {
        return unit.level().id() + " " + unit.code();
    }
}
