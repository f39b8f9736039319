package org.lifecircle.coverage;

import java.util.List;
import java.util.Map;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;

/**
 * The outcome of a coverage analysis: per area and category the distance and the covered flag,
 * plus what could not be snapped.
 *
 * @param profile the profile whose thresholds were applied
 * @param searchLimitMeters how far the searches looked (distances beyond it are not reported)
 * @param facilities the facilities, indexed by {@link CategoryCoverage#facility()}
 * @param areas the areas, indexed by {@link AreaCoverage#area()}
 * @param coverage one entry per area, in area order
 * @param unsnapped facilities and areas that could not be joined to the network
 * @param supply per rule, demand, access and served residents per area
 */
public record CoverageResult(PolicyProfile profile, double searchLimitMeters, List<Facility> facilities,
                             List<ResidentialArea> areas, List<AreaCoverage> coverage, List<Unsnapped> unsnapped,
                             Map<Category, RuleSupply> supply) {

    /** A result without supply figures. */
    public CoverageResult(PolicyProfile profile, double searchLimitMeters, List<Facility> facilities,
                          List<ResidentialArea> areas, List<AreaCoverage> coverage, List<Unsnapped> unsnapped) {
        this(profile, searchLimitMeters, facilities, areas, coverage, unsnapped, Map.of());
    }

    /** The rule's supply figures, or demand-less NaN figures when they were not computed. */
    public RuleSupply supplyOf(Category category) {
        RuleSupply found = supply.get(category);
        if (found != null) {
            return found;
        }
        double[] none = new double[areas.size()];
        java.util.Arrays.fill(none, Double.NaN);
        return RuleSupply.demandOnly(none);
    }

    /** Whether an area is covered for every member of a bundle. */
    public boolean complete(int area, Bundle bundle) {
        return bundle.members().stream().allMatch(m -> coverage.get(area).get(m).covered());
    }

    /** A bundle's members an area is not covered for, in the bundle's order. */
    public List<Category> missing(int area, Bundle bundle) {
        return bundle.members().stream().filter(m -> !coverage.get(area).get(m).covered()).toList();
    }

    public CoverageResult {
        facilities = List.copyOf(facilities);
        areas = List.copyOf(areas);
        coverage = List.copyOf(coverage);
        unsnapped = List.copyOf(unsnapped);
        supply = Map.copyOf(supply);
    }
}
