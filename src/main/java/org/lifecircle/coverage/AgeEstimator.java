package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lifecircle.model.AgeCounts;
import org.lifecircle.model.ResidentialArea;

/**
 * Residents by age group for the areas whose input gives none: the area's residents times its
 * district's census shares (the census file's age columns over its population column), else
 * times the profile's default shares; areas without residents stay unknown. Runs after the
 * population estimate, so an estimated or census-scaled population gets its groups too.
 */
public final class AgeEstimator {

    private final DistrictAssignment assignment;
    private final Map<Integer, Double> census;
    private final Map<Integer, double[]> censusAges;
    private final DemandDefaults defaults;

    /**
     * @param census census residents by district index
     * @param censusAges census residents 0-2, 3-5, 60+ by district index (NaN where not given)
     */
    public AgeEstimator(DistrictAssignment assignment, Map<Integer, Double> census, Map<Integer, double[]> censusAges,
                        DemandDefaults defaults) {
        this.assignment = assignment;
        this.census = census;
        this.censusAges = censusAges;
        this.defaults = defaults;
    }

    public List<ResidentialArea> estimate(List<ResidentialArea> areas) {
        List<ResidentialArea> out = new ArrayList<>(areas.size());
        for (int a = 0; a < areas.size(); a++) {
            ResidentialArea area = areas.get(a);
            out.add(area.ages().anyGiven() || !area.population().isKnown() ? area : area.withAges(ages(a, area)));
        }
        return out;
    }

    private AgeCounts ages(int index, ResidentialArea area) {
        int district = assignment.districtOf(index);
        double[] counts = censusAges.get(district);
        Double residents = census.get(district);
        if (counts != null && residents != null && residents > 0) {
            double[] shares = {counts[0] / residents, counts[1] / residents, counts[2] / residents};
            return AgeCounts.ofShares(area.population().residents(), orDefaults(shares), AgeCounts.Source.CENSUS_SHARE);
        }
        if (!defaults.isEmpty()) {
            return AgeCounts.ofShares(area.population().residents(), defaults.shares(),
                    AgeCounts.Source.PROFILE_DEFAULT);
        }
        return AgeCounts.unknown();
    }

    /** A group the census leaves out takes the profile's share, when it has one. */
    private double[] orDefaults(double[] shares) {
        double[] fallback = defaults.shares();
        for (int g = 0; g < shares.length; g++) {
            if (Double.isNaN(shares[g])) {
                shares[g] = fallback[g];
            }
        }
        return shares;
    }
}
