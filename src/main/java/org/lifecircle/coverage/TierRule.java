package org.lifecircle.coverage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.units.UnitLevel;

/**
 * A three-tier rule (一区一中心, 一街道一阵地, 一社区一场所): which facility tier each unit level
 * needs for a category, and how many. A unit passes when at least {@code minCount} of the rule's
 * facilities with that tier lie inside it.
 *
 * @param category the rule (its facilities are the rule's scope)
 * @param requiredTiers per level the tier a unit of it needs
 * @param minCount how many facilities of the tier each unit needs, at least 1
 */
public record TierRule(Category category, Map<UnitLevel, String> requiredTiers, int minCount) {

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
        requiredTiers = Collections.unmodifiableMap(new EnumMap<>(requiredTiers));
    }
}
