package org.lifecircle.coverage;

import org.lifecircle.model.Category;
import org.lifecircle.units.UnitLevel;

/**
 * One row of tiers.csv: whether a unit has the facilities of the tier its level needs.
 *
 * @param level the unit's level
 * @param code the unit's code
 * @param name the unit's name
 * @param category the rule
 * @param requiredTier the tier units of this level need
 * @param minCount how many of them
 * @param facilitiesOfTier the rule's facilities of that tier inside the unit
 */
public record TierRow(UnitLevel level, String code, String name, Category category, String requiredTier,
                      int minCount, int facilitiesOfTier) {

    /** Whether the unit has enough of them. */
    public boolean present() {
        return facilitiesOfTier >= minCount;
    }
}
