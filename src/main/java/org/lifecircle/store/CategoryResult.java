package org.lifecircle.store;

import java.util.OptionalDouble;
import org.lifecircle.model.Category;

/**
 * How one area stood for one category in a run.
 *
 * @param distanceMeters walking distance to the nearest facility; empty beyond the search limit
 * @param facilityId that facility's id, empty when none
 * @param facilityName its name, may be empty
 * @param covered within the category's threshold
 */
public record CategoryResult(Category category, OptionalDouble distanceMeters, String facilityId, String facilityName,
                             boolean covered) {
}
