package org.lifecircle.service.coverage;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.model.AgeGroup;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;

/**
 * What a run should tell although it could go on (summary.json's {@code warnings}, and a line each
 * on standard error): a rule no facility counts for (one with a target, or any when no rule has a
 * facility: other such rules are left out, see {@link org.lifecircle.coverage.AssessedRules}), a
 * capacity target without any capacity to measure, a demand group no area has figures for.
 */
final class RunWarnings {

    private RunWarnings() {
    }

    static List<String> of(CoverageResult result) {
        List<String> warnings = new ArrayList<>();
        for (Category category : result.profile().categories()) {
            CategoryRule rule = result.profile().getRule(category);
            List<Facility> counted = result.facilities().stream().filter(rule.scope()::counts).toList();
            String facilities = String.join(", ", rule.scope().facilities().stream().map(Category::id).sorted().toList());
            if (counted.isEmpty()) {
                warnings.add(category.id() + ": no facility counts for this rule (facility categories " + facilities
                        + "), so every area is a gap; check the facility files and gis-data/categories.csv");
            } else if (rule.scope().capacityPer1000Target().isPresent()
                    && counted.stream().noneMatch(f -> f.capacity().isPresent())) {
                warnings.add(category.id() + ": capacity_per_1000_target is set but no facility it counts has a"
                        + " capacity (a capacity column: 床位, 托位, places); capacity per 1,000 is not checked");
            }
            AgeGroup group = rule.scope().demandGroup();
            if (group != AgeGroup.ALL && result.areas().stream().map(ResidentialArea::ages)
                    .allMatch(ages -> Double.isNaN(ages.of(group, null)))) {
                warnings.add(category.id() + ": its demand group " + group.id() + " is known for no area (no age"
                        + " columns in the areas or the census file, and no demand_defaults in the profile)");
            }
        }
        return warnings;
    }
}
