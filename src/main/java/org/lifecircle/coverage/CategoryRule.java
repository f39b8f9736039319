package org.lifecircle.coverage;

import java.util.OptionalDouble;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;

/**
 * What "covered" means for one category in a policy profile, and the targets to check.
 *
 * @param category the rule's id: the category its outputs are named by ({@code elderly_care_covered})
 * @param maxWalkMeters the walking threshold; an area within it of a facility is covered
 * @param maxWalkMinutes the threshold as time, when the profile states it that way (else empty)
 * @param speedMetersPerSecond the walking speed that turns minutes into metres (else empty)
 * @param targetPct the share of residents (or of areas, without population) that must be covered;
 *     empty when the policy sets no coverage target (the check then only reports)
 * @param basis where the threshold and target come from, for the report
 * @param display how the category is named and drawn
 * @param scope which facilities count, whom they serve, the capacity target
 */
public record CategoryRule(Category category, double maxWalkMeters, OptionalDouble maxWalkMinutes,
                           OptionalDouble speedMetersPerSecond, OptionalDouble targetPct, String basis,
                           CategoryDisplay display, RuleScope scope) {

    /**
     * The longest walking threshold anywhere (profiles, the command line, the API): 10 km is over two
     * hours at an older person's pace, far beyond any life circle (the shipped profiles use 300 to
     * 1,000 m). A search to 1e12 m would cover the whole network for every category.
     */
    public static final double MAX_WALK_METERS = 10_000;

    public CategoryRule {
        if (!(maxWalkMeters > 0 && maxWalkMeters <= MAX_WALK_METERS)) {
            throw new InvalidInputException(category.id() + ": walking threshold must be above 0 and at most "
                    + (int) MAX_WALK_METERS + " m, got " + maxWalkMeters);
        }
        if (targetPct.isPresent() && !(targetPct.getAsDouble() >= 0 && targetPct.getAsDouble() <= 100)) {
            throw new InvalidInputException(category.id() + ": target must be a percentage 0..100, got "
                    + targetPct.getAsDouble());
        }
    }

    /** A threshold given as time at a walking speed. */
    public static CategoryRule ofTime(Category category, double minutes, double speedMetersPerSecond,
                                      OptionalDouble targetPct, String basis) {
        if (!(minutes > 0) || !(speedMetersPerSecond > 0)) {
            throw new InvalidInputException(category.id() + ": minutes and walking speed must be positive");
        }
        return new CategoryRule(category, minutes * 60 * speedMetersPerSecond, OptionalDouble.of(minutes),
                OptionalDouble.of(speedMetersPerSecond), targetPct, basis, CategoryDisplay.of(category),
                RuleScope.of(category));
    }

    /** A threshold given as distance. */
    public static CategoryRule ofDistance(Category category, double meters, OptionalDouble targetPct, String basis) {
        return new CategoryRule(category, meters, OptionalDouble.empty(), OptionalDouble.empty(), targetPct, basis,
                CategoryDisplay.of(category), RuleScope.of(category));
    }

    /** The same rule, named and drawn as given. */
    public CategoryRule withDisplay(CategoryDisplay shown) {
        return new CategoryRule(category, maxWalkMeters, maxWalkMinutes, speedMetersPerSecond, targetPct, basis, shown,
                scope);
    }

    /** The same rule with another scope. */
    public CategoryRule withScope(RuleScope counted) {
        return new CategoryRule(category, maxWalkMeters, maxWalkMinutes, speedMetersPerSecond, targetPct, basis, display,
                counted);
    }

    /** Whether a coverage percentage meets the target; empty when there is no target. */
    public java.util.Optional<Boolean> passes(double coveragePct) {
        return targetPct.isPresent() ? java.util.Optional.of(coveragePct + 1e-9 >= targetPct.getAsDouble())
                : java.util.Optional.empty();
    }
}
