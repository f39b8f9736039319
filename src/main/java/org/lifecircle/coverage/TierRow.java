package org.lifecircle.coverage;

import java.util.OptionalDouble;
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
 * @param walkMinPct the share of the unit's residents that must be within the rule's threshold of a
 *     facility of the tier; empty when the rule checks the count alone
 * @param withinWalkPct the share of the unit's residents (of its areas, without population) within
 *     the threshold of a facility of the tier; NaN when not checked or the unit has no areas
 * @param noData whether no residential area lies in the unit (e.g. it is outside the extent of
 *     the data): reported as no_data, never as missing
 */
public record TierRow(UnitLevel level, String code, String name, Category category, String requiredTier,
                      int minCount, int facilitiesOfTier, OptionalDouble walkMinPct, double withinWalkPct,
                      boolean noData) {

    /** A row of a unit with residential areas, checked by the count alone. */
    public TierRow(UnitLevel level, String code, String name, Category category, String requiredTier, int minCount,
                   int facilitiesOfTier) {
        this(level, code, name, category, requiredTier, minCount, facilitiesOfTier, OptionalDouble.empty(), Double.NaN,
                false);
    }

    /** The same row, for a unit without residential areas. */
    public TierRow withNoData() {
        return new TierRow(level, code, name, category, requiredTier, minCount, facilitiesOfTier, walkMinPct,
                withinWalkPct, true);
    }

    /** The same row with the walk checked: {@code pct} of the unit's residents within the threshold. */
    public TierRow withWalk(double minPct, double pct) {
        return new TierRow(level, code, name, category, requiredTier, minCount, facilitiesOfTier,
                OptionalDouble.of(minPct), pct, noData);
    }

    /** {@link TierRule#INSIDE} or {@link TierRule#INSIDE_AND_WALK}. */
    public String check() {
        return walkMinPct.isPresent() ? TierRule.INSIDE_AND_WALK : TierRule.INSIDE;
    }

    /** Whether the unit lacks the facilities of its tier (a unit without data lacks nothing). */
    public boolean missing() {
        return !noData && !present();
    }

    /** Whether the unit has enough of them, and, when the walk is checked, enough of its residents within it. */
    public boolean present() {
        boolean counted = facilitiesOfTier >= minCount;
        return walkMinPct.isEmpty() ? counted : counted && withinWalkPct + 1e-9 >= walkMinPct.getAsDouble();
    }
}
