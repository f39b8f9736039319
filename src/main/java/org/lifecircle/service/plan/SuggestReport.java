package org.lifecircle.service.plan;

import org.lifecircle.plan.SuggestionResult;
import org.lifecircle.results.Layer;
import org.lifecircle.service.coverage.CoverageReport;

/**
 * What a suggest run produced.
 *
 * @param result the ranked sites and the solver's figures
 * @param layer the sites as the one result layer every output encodes
 * @param summary what summary.json holds
 * @param baseline the coverage run with the existing facilities, narrowed to the rule
 */
public record SuggestReport(SuggestionResult result, Layer layer, SuggestSummary summary, CoverageReport baseline) {
}
