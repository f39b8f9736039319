package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.model.Category;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;

/**
 * Adds up a coverage result per district and rule, and per district and bundle, and checks each
 * against the profile's targets: the share of residents covered (or of areas, without
 * population), and capacity per 1,000 residents. Areas outside every district get their own rows,
 * with an empty code.
 */
public final class DistrictSummary {

    /** Name of the row for areas outside every district. */
    public static final String OUTSIDE_NAME = "(outside all districts)";

    private final CoverageResult result;
    private final DistrictAssignment assignment;
    private final int[] facilityDistrict;

    private DistrictSummary(CoverageResult result, DistrictAssignment assignment) {
        this.result = result;
        this.assignment = assignment;
        this.facilityDistrict = new DistrictAssigner(assignment.districts()).assignPoints(result.facilities());
    }

    public static List<DistrictCoverage> summarize(CoverageResult result, DistrictAssignment assignment) {
        return new DistrictSummary(result, assignment).rows();
    }

    private List<DistrictCoverage> rows() {
        List<DistrictCoverage> rows = new ArrayList<>();
        for (int d = 0; d < assignment.districts().size(); d++) {
            District district = assignment.districts().get(d);
            addRows(rows, d, district.code(), district.name());
        }
        if (assignment.anyOutside()) {
            addRows(rows, DistrictAssigner.OUTSIDE, "", OUTSIDE_NAME);
        }
        return rows;
    }

    private void addRows(List<DistrictCoverage> rows, int district, String code, String name) {
        for (Category category : result.profile().categories()) {
            Tally tally = tally(district, a -> result.coverage().get(a).get(category).covered());
            CategoryRule rule = result.profile().getRule(category);
            double pct = tally.pct();
            rows.add(new DistrictCoverage(code, name, category, tally.areas, tally.covered, tally.population,
                    tally.populationCovered, pct, rule.targetPct(), tally.areas == 0 ? Optional.empty()
                    : rule.passes(pct), supply(district, rule, tally.population), false));
        }
        for (Bundle bundle : result.profile().bundles()) {
            Tally tally = tally(district, a -> result.complete(a, bundle));
            double pct = tally.pct();
            Optional<Boolean> pass = tally.areas == 0 || bundle.targetPct().isEmpty() ? Optional.empty()
                    : Optional.of(pct + 1e-9 >= bundle.targetPct().getAsDouble());
            rows.add(new DistrictCoverage(code, name, bundle.id(), tally.areas, tally.covered, tally.population,
                    tally.populationCovered, pct, bundle.targetPct(), pass, DistrictSupply.none(), true));
        }
    }

    /** Areas and residents of a district, and those an area test holds for. */
    private static final class Tally {
        int areas;
        int covered;
        double population;
        double populationCovered;

        double pct() {
            return population > 0 ? 100 * populationCovered / population : areas > 0 ? 100.0 * covered / areas : 0;
        }
    }

    private Tally tally(int district, java.util.function.IntPredicate holds) {
        Tally tally = new Tally();
        for (AreaCoverage coverage : result.coverage()) {
            int a = coverage.area();
            if (assignment.districtOf(a) != district) {
                continue;
            }
            boolean isCovered = holds.test(a);
            ResidentialArea area = result.areas().get(a);
            tally.areas++;
            tally.covered += isCovered ? 1 : 0;
            if (area.population().isKnown()) {
                tally.population += area.population().residents();
                tally.populationCovered += isCovered ? area.population().residents() : 0;
            }
        }
        return tally;
    }

    /** Demand, capacity inside the district, capacity per 1,000 residents against the target, and demand served. */
    private DistrictSupply supply(int district, CategoryRule rule, double residents) {
        RuleSupply supply = result.supplyOf(rule.category());
        double demand = 0;
        double demandCovered = 0;
        double served = 0;
        for (AreaCoverage coverage : result.coverage()) {
            int a = coverage.area();
            if (assignment.districtOf(a) == district && !Double.isNaN(supply.demand()[a])) {
                demand += supply.demand()[a];
                demandCovered += coverage.get(rule.category()).covered() ? supply.demand()[a] : 0;
                served += Double.isNaN(supply.served()[a]) ? 0 : supply.served()[a];
            }
        }
        OptionalDouble capacity = capacity(district, rule);
        OptionalDouble perThousand = capacity.isPresent() && residents > 0
                ? OptionalDouble.of(1000 * capacity.getAsDouble() / residents) : OptionalDouble.empty();
        OptionalDouble target = rule.scope().capacityPer1000Target();
        Optional<Boolean> pass = target.isPresent() && perThousand.isPresent()
                ? Optional.of(perThousand.getAsDouble() + 1e-9 >= target.getAsDouble()) : Optional.empty();
        return new DistrictSupply(demand, demandCovered, capacity, perThousand, target, pass,
                supply.capacityKnown() ? OptionalDouble.of(served) : OptionalDouble.empty());
    }

    /** Places of the rule's facilities inside the district; empty when none of the rule's facilities has a capacity. */
    private OptionalDouble capacity(int district, CategoryRule rule) {
        double total = 0;
        boolean known = false;
        for (int f = 0; f < result.facilities().size(); f++) {
            Facility facility = result.facilities().get(f);
            if (rule.scope().counts(facility) && facility.capacity().isPresent()) {
                known = true;
                total += facilityDistrict[f] == district ? facility.capacity().getAsInt() : 0;
            }
        }
        return known ? OptionalDouble.of(total) : OptionalDouble.empty();
    }
}
