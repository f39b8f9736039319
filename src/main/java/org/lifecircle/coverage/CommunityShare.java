package org.lifecircle.coverage;

import java.util.Optional;
import org.lifecircle.model.Category;
import org.lifecircle.units.UnitLevel;

/**
 * The share of communities a rule serves within one unit (a district or street: the communities
 * inside it; a community: itself) or overall.
 *
 * @param level the unit's level; empty for the overall figure
 * @param code the unit's code; empty overall
 * @param name the unit's name; empty overall
 * @param rule the rule's community-share target
 * @param communities communities with residential areas in the unit
 * @param served of which served
 */
public record CommunityShare(Optional<UnitLevel> level, String code, String name, CommunityShareRule rule,
                             int communities, int served) {

    public Category category() {
        return rule.category();
    }

    /** Served communities in percent; NaN without any community. */
    public double sharePct() {
        return communities == 0 ? Double.NaN : 100.0 * served / communities;
    }

    /** Whether the target is met; empty for a community itself or without any community. */
    public Optional<Boolean> pass() {
        if (communities == 0 || level.equals(Optional.of(UnitLevel.COMMUNITY))) {
            return Optional.empty();
        }
        return Optional.of(sharePct() + 1e-9 >= rule.targetPct());
    }

    /** "district 120104 (南开区)", or "overall". */
    public String describe() {
        return level.map(l -> (name + " " + code).strip() + " (" + l.id() + ")").orElse("overall");
    }
}
