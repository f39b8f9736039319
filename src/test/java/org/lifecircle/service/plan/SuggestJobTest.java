package org.lifecircle.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.plan.SolveMethod;
import org.lifecircle.plan.SolverChoice;
import org.lifecircle.plan.Suggestion;
import org.lifecircle.service.Timer;
import org.lifecircle.service.coverage.CoverageData;
import org.lifecircle.service.coverage.CoverageParameters;
import org.lifecircle.service.coverage.CoverageRun;
import org.lifecircle.service.coverage.DatasetSources;
import org.lifecircle.testdata.TestData;

/**
 * Suggest on a medium real instance: Chengdu's extract with its 352 residential areas and 6
 * childcare facilities (nurseries and kindergartens within 300 m of all residents: the test profile
 * src/test/resources/profiles/childcare-300m.yaml), about 1,150 candidates generated.
 * The oracle is the coverage run itself: the suggested sites entered as facilities must cover
 * exactly the demand suggest claimed, rank by rank; and the heuristic's value must lie within its
 * reported gap of CP-SAT's proven optimum.
 */
class SuggestJobTest {

    private static final Category CHILDCARE = Category.of("childcare");
    private static final CoverageParameters PARAMETERS = new CoverageParameters(
            "src/test/resources/profiles/childcare-300m.yaml", OptionalDouble.empty(), 2000, 300);
    private static CoverageData data;

    @BeforeAll
    static void read() {
        data = SuggestInputs.fromFiles(new DatasetSources(TestData.osm("chengdu-central-2018"),
                List.of(FileWithCrs.parse(TestData.derived("chengdu-central-2018.facilities").toString())),
                Optional.of(FileWithCrs.parse(TestData.derived("chengdu-central-2018.residential").toString())),
                Optional.empty(), Optional.empty()), new Timer());
    }

    @Test
    void suggestedSitesEnteredAsFacilitiesCoverExactlyWhatSuggestClaimed() {
        SuggestReport report = new SuggestJob(data, PARAMETERS, SuggestParameters.generated(CHILDCARE, 6), new Timer())
                .run();
        List<Suggestion> rows = report.result().suggestions();
        assertThat(rows).hasSize(6);
        assertThat(report.summary().objective()).isPositive();
        assertThat(coveredDemand(List.of())).isCloseTo(report.summary().baselineCoveredDemand(), within(1e-6));
        for (int r = 1; r <= rows.size(); r++) {
            assertThat(coveredDemand(rows.subList(0, r))).as("with the first %d sites built", r)
                    .isCloseTo(rows.get(r - 1).cumulativeDemand(), within(1e-6));
        }
        assertThat(rows.get(rows.size() - 1).cumulativeDemand())
                .isCloseTo(report.summary().baselineCoveredDemand() + report.summary().objective(), within(1e-6));
    }

    @Test
    void heuristicLiesWithinItsReportedGapOfTheExactOptimum() {
        SuggestParameters eight = SuggestParameters.generated(CHILDCARE, 8);
        SuggestSummary heuristic = new SuggestJob(data, PARAMETERS, eight, new Timer()).solver(SolverChoice.HEURISTIC)
                .run().summary();
        SuggestSummary exact = new SuggestJob(data, PARAMETERS, eight, new Timer()).solver(SolverChoice.EXACT).run()
                .summary();
        assertThat(heuristic.method()).isEqualTo(SolveMethod.GREEDY_SWAP.id());
        assertThat(exact.method()).isEqualTo(SolveMethod.EXACT.id());
        assertThat(exact.gap()).isLessThan(1e-6);
        assertThat(exact.objective()).isLessThanOrEqualTo(heuristic.bound() + 1e-6);
        assertThat(heuristic.objective()).isLessThanOrEqualTo(exact.objective() + 1e-6)
                .isGreaterThanOrEqualTo((1 - heuristic.gap()) * heuristic.bound() - 1e-6);
        assertThat(heuristic.objective()).isGreaterThanOrEqualTo((1 - heuristic.gap()) * exact.objective() - 1e-6);
    }

    /** The rule's covered demand from a coverage run with the sites added as facilities of the rule. */
    private static double coveredDemand(List<Suggestion> built) {
        PolicyProfile profile = PARAMETERS.loadProfile();
        CategoryRule rule = profile.getRule(CHILDCARE);
        Category kind = rule.scope().facilities().iterator().next();
        List<Facility> facilities = new ArrayList<>(data.facilities());
        for (Suggestion s : built) {
            facilities.add(new Facility("new-" + s.site().id(), kind, "", "", s.site().name(), OptionalInt.empty(),
                    s.site().lon(), s.site().lat(), "suggested", true));
        }
        CoverageData with = new CoverageData(data.graph(), data.build(), facilities, data.areas(), data.districts(),
                data.census(), data.repaired(), data.skipped(), data.inputs(), data.duplicateOsmNodes(),
                data.censusAges(), data.units(), data.inputWarnings());
        CoverageResult result = CoverageRun.analyze(with, profile.withRules(Map.of(CHILDCARE, rule)), PARAMETERS,
                new Timer()).result();
        double[] demand = result.supplyOf(CHILDCARE).demand();
        double covered = 0;
        for (int a = 0; a < demand.length; a++) {
            covered += result.coverage().get(a).get(CHILDCARE).covered() && !Double.isNaN(demand[a]) ? demand[a] : 0;
        }
        return covered;
    }
}
