package org.lifecircle.coverage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lifecircle.model.Category;

/**
 * Coverage of one residential area for every category of the profile.
 *
 * @param area index of the area in the analysis' area list
 * @param accessPoints access points that snapped to the network (0: the area could not be reached)
 * @param byCategory the coverage per category
 */
public record AreaCoverage(int area, int accessPoints, Map<Category, CategoryCoverage> byCategory) {

    public AreaCoverage {
        byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
    }

    public CategoryCoverage get(Category category) {
        CategoryCoverage coverage = byCategory.get(category);
        if (coverage == null) {
            throw new IllegalArgumentException(category.id() + " is not checked by this analysis");
        }
        return coverage;
    }
}
