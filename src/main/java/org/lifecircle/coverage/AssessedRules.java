package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;

/**
 * The rules of a profile that a run assesses: those with a coverage target, and those without one
 * that at least one input facility counts for. A rule with no target and no facility is left out
 * (listed as not assessed) rather than reported as 0 % with every area a gap: a city with no
 * health station at all in its files almost always means the file was not given, and nothing
 * asks for an answer. A rule with a target is kept even without facilities: the target is then
 * missed, which is the answer the plan asks for (an OSM extract with no 养老 facility mapped fails
 * 100 % elderly-care coverage), and the run warns that no facility counts for it. A bundle that
 * loses a member is left out too ({@link PolicyProfile#withRules}). Built once per run:
 * {@code AssessedRules.of(profile, facilities)}.
 *
 * @param profile the profile narrowed to the rules that can be assessed (the given profile when none can)
 * @param notAssessed the rules left out, in the profile's order
 */
public record AssessedRules(PolicyProfile profile, List<Category> notAssessed) {

    public AssessedRules {
        notAssessed = List.copyOf(notAssessed);
    }

    public static AssessedRules of(PolicyProfile profile, List<Facility> facilities) {
        Map<Category, CategoryRule> kept = new LinkedHashMap<>();
        List<Category> left = new ArrayList<>();
        profile.rules().forEach((category, rule) -> {
            if (rule.targetPct().isPresent() || facilities.stream().anyMatch(rule.scope()::counts)) {
                kept.put(category, rule);
            } else {
                left.add(category);
            }
        });
        if (left.isEmpty() || kept.isEmpty()) {
            return new AssessedRules(profile, List.of());
        }
        return new AssessedRules(profile.withRules(kept), left);
    }
}
