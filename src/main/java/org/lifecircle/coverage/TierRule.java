package org.lifecircle.coverage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.units.UnitLevel;

/**
 * A three-tier rule (一区一中心, 一街道一阵地, 一社区一场所): which facility tier each unit level
 * needs for a category, and how many. A unit passes when at least {@code minCount} of the rule's
 * facilities with that tier lie inside it and, when {@code walkMinPct} is set, at least that share
 * of its residents are within the rule's walking threshold of a facility of that tier (its own or
 * a neighbouring unit's: residents walk across borders; the count still needs the unit's own).
 *
 * @param category the rule (its facilities are the rule's scope)
 * @param requiredTiers per level the tier a unit of it needs
 * @param minCount how many facilities of the tier each unit needs, at least 1
 * @param walkMinPct the share of a unit's residents (of its areas, without population) that must be
 *     within the threshold of a facility of the tier; empty: the count alone decides
 */
public record TierRule(Category category, Map<UnitLevel, String> requiredTiers, int minCount,
                       OptionalDouble walkMinPct) {

    /** The check names in tiers.csv's {@code check} column. */
    public static final String INSIDE = "inside";
    public static final String INSIDE_AND_WALK = "inside_and_walk";

    /** The facility tiers of the policy documents (seed 001:29, 004:19); tiers.csv maps a file's values to them. */
    public static final List<String> TIERS = List.of("district_centre", "street_station", "community_site");

    public TierRule {
        if (requiredTiers.isEmpty()) {
            throw new InvalidInputException(category.id() + ": tiers must name the tier of at least one level");
        }
        for (String tier : requiredTiers.values()) {
            if (!Set.copyOf(TIERS).contains(tier)) {
                throw new InvalidInputException(category.id() + ": '" + tier + "' is not a facility tier ("
                        + String.join(", ", TIERS) + ")");
            }
        }
        if (minCount < 1) {
            throw new InvalidInputException(category.id() + ": tier_min_count must be at least 1, got " + minCount);
        }
        if (walkMinPct.isPresent() && !(walkMinPct.getAsDouble() > 0 && walkMinPct.getAsDouble() <= 100)) {
            throw new InvalidInputException(category.id() + ": tier_walk_min_pct must be above 0 and at most 100, got "
                    + walkMinPct.getAsDouble());
        }
        requiredTiers = Collections.unmodifiableMap(new EnumMap<>(requiredTiers));
    }

    /** A rule checked by the count inside each unit alone. */
    public TierRule(Category category, Map<UnitLevel, String> requiredTiers, int minCount) {
        this(category, requiredTiers, minCount, OptionalDouble.empty());
    }

    /** Which check a unit gets: {@link #INSIDE} or {@link #INSIDE_AND_WALK}. */
    public String check() {
        return walkMinPct.isPresent() ? INSIDE_AND_WALK : INSIDE;
    }
}
