package org.lifecircle.store;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.model.Category;

/**
 * One residential area's results in a run; self-contained, so that runs can be compared after
 * their dataset was re-imported.
 *
 * @param area the area's position in the dataset (0-based; coverage.csv's area_id is this + 1)
 * @param sourceId its id in the source (how runs are matched up when compared)
 * @param name display name
 * @param districtCode district code, empty outside every district
 * @param districtName district name
 * @param population residents as used by the run; empty when unknown
 * @param populationSource how the figure was obtained (coverage.csv's population_source)
 * @param categories one result per category of the profile
 */
public record AreaResult(int area, String sourceId, String name, String districtCode, String districtName,
                         OptionalDouble population, String populationSource, List<CategoryResult> categories) {

    public AreaResult {
        categories = List.copyOf(categories);
    }

    public Optional<CategoryResult> findCategory(Category category) {
        return categories.stream().filter(c -> c.category().equals(category)).findFirst();
    }
}
