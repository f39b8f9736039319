package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.model.Category;
import org.lifecircle.model.District;
import org.lifecircle.model.ResidentialArea;

/**
 * Adds up a coverage result per district and category and checks each against the profile's
 * target. Areas outside every district get their own row, with an empty code.
 */
public final class DistrictSummary {

    /** Name of the row for areas outside every district. */
    public static final String OUTSIDE_NAME = "(outside all districts)";

    private DistrictSummary() {
    }

    public static List<DistrictCoverage> summarize(CoverageResult result, DistrictAssignment assignment) {
        List<DistrictCoverage> rows = new ArrayList<>();
        for (int d = 0; d < assignment.districts().size(); d++) {
            District district = assignment.districts().get(d);
            addRows(rows, result, assignment, d, district.code(), district.name());
        }
        if (assignment.anyOutside()) {
            addRows(rows, result, assignment, DistrictAssigner.OUTSIDE, "", OUTSIDE_NAME);
        }
        return rows;
    }

    private static void addRows(List<DistrictCoverage> rows, CoverageResult result, DistrictAssignment assignment,
                                int district, String code, String name) {
        for (Category category : result.profile().categories()) {
            int areas = 0;
            int covered = 0;
            double population = 0;
            double populationCovered = 0;
            for (AreaCoverage coverage : result.coverage()) {
                if (assignment.districtOf(coverage.area()) != district) {
                    continue;
                }
                boolean isCovered = coverage.get(category).covered();
                ResidentialArea area = result.areas().get(coverage.area());
                areas++;
                covered += isCovered ? 1 : 0;
                if (area.population().isKnown()) {
                    population += area.population().residents();
                    populationCovered += isCovered ? area.population().residents() : 0;
                }
            }
            double pct = population > 0 ? 100 * populationCovered / population : areas > 0 ? 100.0 * covered / areas : 0;
            CategoryRule rule = result.profile().findRule(category).orElseThrow();
            rows.add(new DistrictCoverage(code, name, category, areas, covered, population, populationCovered, pct,
                    rule.targetPct(), areas == 0 ? java.util.Optional.empty() : rule.passes(pct)));
        }
    }
}
