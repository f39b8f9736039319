package org.lifecircle.coverage;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.lifecircle.model.AgeGroup;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.InvalidInputException;

/**
 * What a rule counts besides distance: which facilities serve (their categories, and only the
 * inclusive ones when asked), which residents they serve, and how much supply per resident the
 * policy asks for.
 *
 * @param facilities the facility categories that count (a rule's own id, unless the profile lists others)
 * @param inclusiveOnly whether only facilities marked 普惠 (inclusive) count
 * @param demandGroup the residents a facility serves
 * @param capacityPer1000Target capacity (beds, places, seats) per 1,000 residents of all ages that
 *     each district should have; empty when the policy sets none
 * @param accessDecay how a facility's weight in the access per 1,000 falls with the walk to it
 *     within the rule's threshold (step: not at all, the classic 2SFCA)
 */
public record RuleScope(Set<Category> facilities, boolean inclusiveOnly, AgeGroup demandGroup,
                        OptionalDouble capacityPer1000Target, DistanceDecay accessDecay) {

    /** A scope with step weights. */
    public RuleScope(Set<Category> facilities, boolean inclusiveOnly, AgeGroup demandGroup,
                     OptionalDouble capacityPer1000Target) {
        this(facilities, inclusiveOnly, demandGroup, capacityPer1000Target, DistanceDecay.STEP);
    }

    public RuleScope {
        Objects.requireNonNull(accessDecay, "accessDecay");
        facilities = Set.copyOf(new LinkedHashSet<>(facilities));
        if (facilities.isEmpty()) {
            throw new InvalidInputException("a rule needs at least one facility category");
        }
        if (capacityPer1000Target.isPresent() && !(capacityPer1000Target.getAsDouble() >= 0
                && Double.isFinite(capacityPer1000Target.getAsDouble()))) {
            throw new InvalidInputException("capacity_per_1000_target must be a number of at least 0, got "
                    + capacityPer1000Target.getAsDouble());
        }
    }

    /** The rule counts facilities of its own category, serving everyone, with no capacity target. */
    public static RuleScope of(Category category) {
        return new RuleScope(Set.of(category), false, AgeGroup.ALL, OptionalDouble.empty());
    }

    /** Whether a facility counts for the rule. */
    public boolean counts(Facility facility) {
        return facilities.contains(facility.category()) && (!inclusiveOnly || facility.inclusive());
    }
}
