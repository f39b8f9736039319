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
 * @param noData whether no residential area lies in the unit (e.g. it is outside the extent of
 *     the data): reported as no_data, never as missing
 */
public record TierRow(UnitLevel level, String code, String name, Category category, String requiredTier,
                      int minCount, int facilitiesOfTier, boolean noData) {

    /** A row of a unit with residential areas. */
    public TierRow(UnitLevel level, String code, String name, Category category, String requiredTier, int minCount,
                   int facilitiesOfTier) {
        this(level, code, name, category, requiredTier, minCount, facilitiesOfTier, false);
    }

    /** The same row, for a unit without residential areas. */
    public TierRow withNoData() {
        return new TierRow(level, code, name, category, requiredTier, minCount, facilitiesOfTier, true);
    }

    /** Whether the unit lacks the facilities of its tier (a unit without data lacks nothing). */
    public boolean missing() {
        return !noData && !present();
    }

    /** Whether the unit has enough of them. */
    public boolean present() {
        return facilitiesOfTier >= minCount;
    }
}
