package org.lifecircle.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * What suggest answers: the ranked sites and how good the choice is.
 *
 * @param suggestions the sites, best first
 * @param solution the solver's choice, objective, bound and method
 * @param totalDemand demand of the rule's group in all areas with known figures
 * @param baselineDemand demand the existing facilities cover
 * @param candidateCount candidates considered
 * @param pairCount candidate-area pairs within the threshold among areas not yet covered
 */
public record SuggestionResult(List<Suggestion> suggestions, CoveringSolution solution, double totalDemand,
                               double baselineDemand, int candidateCount, int pairCount) {

    public SuggestionResult {
        suggestions = List.copyOf(suggestions);
    }

    /** The solution's sites as ranked rows, with the demand they add on top of the existing facilities. */
    public static SuggestionResult of(SuggestionInstance problem, CoveringSolution solution) {
        double total = problem.totalDemand();
        double cumulative = problem.coveredDemand();
        List<Suggestion> rows = new ArrayList<>();
        int[] ranked = solution.ranked();
        double[] added = solution.added();
        for (int r = 0; r < ranked.length; r++) {
            cumulative += added[r];
            rows.add(new Suggestion(r + 1, problem.candidates().get(ranked[r]), added[r], cumulative,
                    total > 0 ? 100 * cumulative / total : Double.NaN));
        }
        return new SuggestionResult(rows, solution, total, problem.coveredDemand(), problem.candidates().size(),
                problem.instance().pairCount());
    }
}
