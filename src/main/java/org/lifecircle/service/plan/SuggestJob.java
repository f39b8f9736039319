package org.lifecircle.service.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lifecircle.coverage.AccessPointSampler;
import org.lifecircle.coverage.AreaAccess;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.io.inputs.CandidateLayer;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.plan.CandidateSite;
import org.lifecircle.plan.CoveringSolution;
import org.lifecircle.plan.GeneratedCandidates;
import org.lifecircle.plan.MaximalCovering;
import org.lifecircle.plan.SiteReach;
import org.lifecircle.plan.SolverChoice;
import org.lifecircle.plan.SuggestionInstance;
import org.lifecircle.plan.SuggestionResult;
import org.lifecircle.results.SuggestionLayer;
import org.lifecircle.service.Timer;
import org.lifecircle.service.coverage.CoverageData;
import org.lifecircle.service.coverage.CoverageParameters;
import org.lifecircle.service.coverage.CoverageReport;
import org.lifecircle.service.coverage.CoverageRun;

/**
 * The suggest use case on inputs already read ({@link SuggestInputs}): the baseline coverage of the
 * rule alone, the candidates, one bounded search per candidate and the maximal covering solve.
 * Built, run once; writing is {@link SuggestOutputs}.
 */
public final class SuggestJob {

    private final CoverageData data;
    private final CoverageParameters parameters;
    private final SuggestParameters suggest;
    private final Timer timer;
    private int exactCandidateLimit = 2000;
    private SolverChoice solver = SolverChoice.AUTO;

    public SuggestJob(CoverageData data, CoverageParameters parameters, SuggestParameters suggest, Timer timer) {
        this.data = data;
        this.parameters = parameters;
        this.suggest = suggest;
        this.timer = timer;
    }

    /** Instances of more candidates than this get the bounded heuristic only (default 2,000). */
    public SuggestJob exactCandidateLimit(int candidates) {
        this.exactCandidateLimit = candidates;
        return this;
    }

    /** Which solver (default auto). */
    public SuggestJob solver(SolverChoice choice) {
        this.solver = choice;
        return this;
    }

    public SuggestReport run() {
        PolicyProfile profile = parameters.loadProfile();
        CategoryRule rule = ruleOf(profile);
        CoverageReport baseline = CoverageRun.analyze(data, profile.withRules(Map.of(rule.category(), rule)),
                parameters, timer);
        CoverageResult result = baseline.result();
        boolean[] covered = new boolean[result.areas().size()];
        for (int a = 0; a < covered.length; a++) {
            covered[a] = result.coverage().get(a).get(rule.category()).covered();
        }
        double[] demand = result.supplyOf(rule.category()).demand();
        AreaAccess access = AreaAccess.of(data.graph(), result.areas(), parameters.maxSnapMeters(),
                AccessPointSampler.DEFAULT_SPACING_METERS);
        List<CandidateSite> candidates = candidates(access, covered, demand, result.areas());
        timer.lap("candidates");
        SuggestionInstance problem = new SiteReach(data.graph(), access, candidates, covered, demand)
                .maxWalkMeters(rule.maxWalkMeters()).maxSnapMeters(parameters.maxSnapMeters()).run();
        timer.lap("reach");
        MaximalCovering covering = new MaximalCovering(problem.instance(), suggest.count())
                .exactCandidateLimit(solver == SolverChoice.HEURISTIC ? 0 : exactCandidateLimit);
        CoveringSolution solution = solver == SolverChoice.EXACT ? covering.runExact() : covering.run();
        timer.lap("solve");
        SuggestionResult suggestions = SuggestionResult.of(problem, solution);
        return new SuggestReport(suggestions, SuggestionLayer.of(suggestions), summary(rule, suggestions),
                baseline);
    }

    private CategoryRule ruleOf(PolicyProfile profile) {
        return profile.findRule(suggest.category()).orElseThrow(() -> new InvalidInputException("--category "
                + suggest.category().id() + ": the profile " + profile.id() + " sets no walking threshold for it;"
                + " its rules: " + String.join(", ", profile.categories().stream().map(c -> c.id()).toList())));
    }

    private List<CandidateSite> candidates(AreaAccess access, boolean[] covered, double[] demand,
                                           List<ResidentialArea> areas) {
        List<CandidateSite> sites;
        if (suggest.candidatesFile().isPresent()) {
            FileWithCrs file = suggest.candidatesFile().get();
            sites = CandidateLayer.candidates(FeatureFiles.read(file), fileName(file));
        } else {
            boolean[] wanted = new boolean[covered.length];
            List<String> labels = new ArrayList<>(areas.size());
            for (int a = 0; a < covered.length; a++) {
                wanted[a] = !covered[a] && demand[a] > 0;
                ResidentialArea area = areas.get(a);
                labels.add(area.name().isEmpty() ? area.sourceId() : area.name() + " (" + area.sourceId() + ")");
            }
            sites = new GeneratedCandidates(access, wanted, labels).spacingMeters(suggest.candidateSpacingMeters())
                    .run();
        }
        if (suggest.count() > sites.size()) {
            throw new InvalidInputException("--count " + suggest.count() + " is more than the " + sites.size()
                    + " candidate sites (" + candidateSource() + "); ask for at most " + sites.size());
        }
        return sites;
    }

    private String candidateSource() {
        return suggest.candidatesFile().map(f -> "file " + fileName(f)).orElse("generated every "
                + (int) suggest.candidateSpacingMeters() + " m near uncovered areas");
    }

    private static String fileName(FileWithCrs file) {
        return file.path().getFileName() == null ? file.path().toString() : file.path().getFileName().toString();
    }

    private SuggestSummary summary(CategoryRule rule, SuggestionResult result) {
        CoveringSolution s = result.solution();
        double total = result.totalDemand();
        double baselinePct = total > 0 ? 100 * result.baselineDemand() / total : Double.NaN;
        double suggestedPct = total > 0 ? 100 * (result.baselineDemand() + s.objective()) / total : Double.NaN;
        return new SuggestSummary(rule.category().id(), rule.maxWalkMeters(), rule.scope().demandGroup().id(),
                suggest.count(), result.candidateCount(), candidateSource(), result.pairCount(), s.method().id(),
                s.objective(), s.bound(), s.gap(), s.note(), total, result.baselineDemand(), baselinePct, suggestedPct,
                timer.millis());
    }
}
