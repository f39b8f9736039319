package org.lifecircle.service.plan;

import java.util.Map;

/**
 * summary.json of a suggest run.
 *
 * @param category the rule
 * @param maxWalkMeters its threshold
 * @param demandGroup whose residents count
 * @param count the sites asked for
 * @param candidates how many candidates were considered
 * @param candidateSource "file NAME" or "generated every N m near uncovered areas"
 * @param pairs candidate-area pairs within the threshold among the areas not covered yet
 * @param method exact, exact-time-limit or greedy-swap
 * @param objective demand the suggested sites newly cover
 * @param bound no choice of as many candidates newly covers more than this (proven)
 * @param gap (bound - objective) / bound; 0 when the choice is optimal
 * @param note why the exact solver did not run or finish, else empty
 * @param totalDemand demand of the group in all areas
 * @param baselineCoveredDemand demand the existing facilities cover
 * @param baselineCoveredPct as a share of the total
 * @param suggestedCoveredPct with the suggested sites built too
 * @param timingsMs milliseconds per step
 */
public record SuggestSummary(String category, double maxWalkMeters, String demandGroup, int count, int candidates,
                             String candidateSource, int pairs, String method, double objective, double bound,
                             double gap, String note, double totalDemand, double baselineCoveredDemand,
                             double baselineCoveredPct, double suggestedCoveredPct, Map<String, Double> timingsMs) {

    public SuggestSummary {
        timingsMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timingsMs));
    }
}
