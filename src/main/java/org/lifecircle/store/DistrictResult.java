package org.lifecircle.store;

import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.model.Category;

/** One row of a run's districts.csv (see coverage.DistrictCoverage for the meaning of each field). */
public record DistrictResult(String districtCode, String districtName, Category category, int areas, int areasCovered,
                             double population, double populationCovered, double coveragePct,
                             OptionalDouble targetPct, Optional<Boolean> pass) {
}
