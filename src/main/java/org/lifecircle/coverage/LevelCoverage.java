package org.lifecircle.coverage;

import java.util.List;
import org.lifecircle.units.AdminUnit;
import org.lifecircle.units.UnitLevel;

/**
 * The coverage of one unit level: which unit each area lies in, and per unit and category the
 * same figures as districts.csv (rows of areas outside every unit of the level left out).
 *
 * @param level the level
 * @param units its units, in input order
 * @param assignment the unit of each area (as district indexes into {@code units})
 * @param rows per unit and category (and bundle)
 */
public record LevelCoverage(UnitLevel level, List<AdminUnit> units, DistrictAssignment assignment,
                            List<DistrictCoverage> rows) {

    public LevelCoverage {
        units = List.copyOf(units);
        rows = List.copyOf(rows);
    }

    /** Assigns the result's areas to the level's units (the district rule) and sums them up. */
    public static LevelCoverage of(CoverageResult result, UnitLevel level, List<AdminUnit> units) {
        DistrictAssignment assignment = new DistrictAssigner(units.stream().map(AdminUnit::asDistrict).toList())
                .assign(result.areas());
        List<DistrictCoverage> rows = DistrictSummary.summarize(result, assignment).stream()
                .filter(r -> !r.districtCode().isEmpty()).toList();
        return new LevelCoverage(level, units, assignment, rows);
    }
}
