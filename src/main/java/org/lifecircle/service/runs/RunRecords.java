package org.lifecircle.service.runs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.lifecircle.coverage.AreaCoverage;
import org.lifecircle.coverage.CategoryCoverage;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.io.profile.ProfileText;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.service.coverage.CoverageParameters;
import org.lifecircle.service.coverage.CoverageReport;
import org.lifecircle.store.AreaResult;
import org.lifecircle.store.CategoryResult;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.DistrictResult;
import org.lifecircle.store.NewRun;
import org.lifecircle.store.RunKind;
import org.lifecircle.store.RunParameters;
import org.lifecircle.store.RunRule;

/** A coverage report as the run store keeps it: the same figures as coverage.csv and districts.csv. */
final class RunRecords {

    private RunRecords() {
    }

    static NewRun of(DatasetInfo dataset, RunKind kind, PolicyProfile profile, CoverageParameters parameters,
                     CoverageReport report, Instant createdAt) {
        RunParameters runParameters = new RunParameters(kind, profile.id(), profile.title(),
                parameters.searchLimitMeters(), parameters.maxSnapMeters(), parameters.maxWalkMeters());
        return new NewRun(dataset.name(), dataset.versionId(), createdAt, runParameters, rules(profile),
                areas(report.result(), report.assignment()), districts(report.districtRows()),
                ProfileText.write(report.result().profile()));
    }

    private static List<RunRule> rules(PolicyProfile profile) {
        List<RunRule> rules = new ArrayList<>();
        for (Category category : profile.categories()) {
            CategoryRule r = profile.findRule(category).orElseThrow();
            rules.add(new RunRule(category, r.maxWalkMeters(), r.maxWalkMinutes(), r.speedMetersPerSecond(),
                    r.targetPct(), r.basis()));
        }
        return rules;
    }

    private static List<AreaResult> areas(CoverageResult result, DistrictAssignment assignment) {
        List<AreaResult> areas = new ArrayList<>(result.coverage().size());
        for (AreaCoverage coverage : result.coverage()) {
            int a = coverage.area();
            ResidentialArea area = result.areas().get(a);
            List<CategoryResult> categories = new ArrayList<>();
            for (Category category : result.profile().categories()) {
                CategoryCoverage c = coverage.get(category);
                Facility facility = c.hasDistance() ? result.facilities().get(c.facility()) : null;
                categories.add(new CategoryResult(category, c.hasDistance() ? OptionalDouble.of(c.distanceMeters())
                        : OptionalDouble.empty(), facility == null ? "" : facility.id(),
                        facility == null ? "" : facility.name(), c.covered()));
            }
            OptionalDouble population = area.population().isKnown()
                    ? OptionalDouble.of(area.population().residents()) : OptionalDouble.empty();
            areas.add(new AreaResult(a, area.sourceId(), area.name(), assignment.code(a), assignment.name(a),
                    population, area.population().source().id(), categories));
        }
        return areas;
    }

    private static List<DistrictResult> districts(List<DistrictCoverage> rows) {
        return rows.stream().map(r -> new DistrictResult(r.districtCode(), r.districtName(), r.category(), r.areas(),
                r.areasCovered(), r.population(), r.populationCovered(), r.coveragePct(), r.targetPct(), r.pass()))
                .toList();
    }
}
