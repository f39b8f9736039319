package org.lifecircle.coverage;

import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.model.Category;

/**
 * One row of districts.csv: how a district does for one category against the profile's target.
 *
 * @param districtCode adcode; empty for areas outside every district
 * @param districtName display name
 * @param category the category
 * @param areas residential areas in the district
 * @param areasCovered of which covered
 * @param population residents of areas with a known population
 * @param populationCovered of which in covered areas
 * @param coveragePct covered residents in percent when any population is known, else covered areas
 * @param targetPct the profile's target, if it sets one
 * @param pass whether the target is met; empty without a target
 * @param supply supply and demand of the rule in the district (none for a bundle's row)
 * @param bundle whether the row is a bundle's: areas_covered then counts complete areas
 */
public record DistrictCoverage(String districtCode, String districtName, Category category, int areas,
                               int areasCovered, double population, double populationCovered, double coveragePct,
                               OptionalDouble targetPct, Optional<Boolean> pass, DistrictSupply supply, boolean bundle) {

    /** Status of a row with residential areas. */
    public static final String ASSESSED = "assessed";
    /** Status of a row without residential areas (e.g. a district outside the extent of the data). */
    public static final String NO_DATA = "no_data";

    /** {@link #NO_DATA} when no residential area lies in the district, else {@link #ASSESSED}. */
    public String status() {
        return areas == 0 ? NO_DATA : ASSESSED;
    }

    /** A rule's row without supply figures. */
    public DistrictCoverage(String districtCode, String districtName, Category category, int areas, int areasCovered,
                            double population, double populationCovered, double coveragePct, OptionalDouble targetPct,
                            Optional<Boolean> pass) {
        this(districtCode, districtName, category, areas, areasCovered, population, populationCovered, coveragePct,
                targetPct, pass, DistrictSupply.none(), false);
    }
}
