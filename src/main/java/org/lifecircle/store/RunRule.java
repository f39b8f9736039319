package org.lifecircle.store;

import java.util.OptionalDouble;
import org.lifecircle.model.Category;

/** One category rule of the profile as a run applied it (see coverage.CategoryRule). */
public record RunRule(Category category, double maxWalkMeters, OptionalDouble maxWalkMinutes,
                      OptionalDouble speedMetersPerSecond, OptionalDouble targetPct, String basis) {
}
