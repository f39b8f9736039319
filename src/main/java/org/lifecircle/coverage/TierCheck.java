package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lifecircle.model.Facility;
import org.lifecircle.units.AdminUnit;
import org.lifecircle.units.UnitLevel;
import org.lifecircle.units.UnitTree;

/**
 * Checks the profile's tier rules on every unit of the levels given: counts, per unit, the rule's
 * facilities of the required tier whose point lies inside it (a facility on a shared border
 * counts for the first unit in input order, as {@link DistrictAssigner} decides).
 */
public final class TierCheck {

    private final List<Facility> facilities;
    private final PolicyProfile profile;
    private final UnitTree units;

    public TierCheck(List<Facility> facilities, PolicyProfile profile, UnitTree units) {
        this.facilities = List.copyOf(facilities);
        this.profile = profile;
        this.units = units;
    }

    /** One row per tier rule, level given with a required tier, and unit; in profile, level and input order. */
    public List<TierRow> run() {
        List<TierRow> rows = new ArrayList<>();
        for (TierRule rule : profile.tierRules().values()) {
            CategoryRule scope = profile.getRule(rule.category());
            for (Map.Entry<UnitLevel, String> required : rule.requiredTiers().entrySet()) {
                List<AdminUnit> level = units.units(required.getKey());
                if (!level.isEmpty()) {
                    addLevel(rows, rule, scope.scope(), level, required.getValue());
                }
            }
        }
        return rows;
    }

    private void addLevel(List<TierRow> rows, TierRule rule, RuleScope scope, List<AdminUnit> level, String tier) {
        int[] unitOf = new DistrictAssigner(level.stream().map(AdminUnit::asDistrict).toList()).assignPoints(facilities);
        int[] count = new int[level.size()];
        for (int f = 0; f < facilities.size(); f++) {
            Facility facility = facilities.get(f);
            if (unitOf[f] != DistrictAssigner.OUTSIDE && scope.counts(facility) && tier.equals(facility.tier())) {
                count[unitOf[f]]++;
            }
        }
        for (int u = 0; u < level.size(); u++) {
            AdminUnit unit = level.get(u);
            rows.add(new TierRow(unit.level(), unit.code(), unit.name(), rule.category(), tier, rule.minCount(),
                    count[u]));
        }
    }
}
