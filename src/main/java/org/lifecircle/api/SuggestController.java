package org.lifecircle.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Optional;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.options.Defaults;
import org.lifecircle.plan.SolverChoice;
import org.lifecircle.service.plan.SuggestParameters;
import org.lifecircle.service.plan.SuggestService;
import org.lifecircle.service.plan.SuggestService.SuggestAnswer;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Suggested sites for a category on a stored dataset. */
@RestController
@RequestMapping("/api/datasets/{dataset}")
class SuggestController {

    /** What to suggest: the rule, K, and optionally the generated candidates' spacing and the solver. */
    record SuggestRequest(String category, Integer count, Double candidateSpacingMeters, String method) {
    }

    private final SuggestService suggest;

    SuggestController(SuggestService suggest) {
        this.suggest = suggest;
    }

    @PostMapping("/suggest")
    @Operation(summary = "K sites for a category that newly cover the most demand, ranked, with the solver's bound and gap")
    SuggestAnswer suggest(@PathVariable String dataset, @RequestBody SuggestRequest request) {
        if (request.count() == null) {
            throw new InvalidInputException("count is required (how many sites to suggest)");
        }
        SuggestParameters parameters = new SuggestParameters(RequestParams.category(request.category()),
                request.count(), Optional.empty(), request.candidateSpacingMeters() == null
                ? Defaults.CANDIDATE_SPACING_METERS : request.candidateSpacingMeters());
        return suggest.suggest(dataset, parameters,
                request.method() == null ? SolverChoice.AUTO : SolverChoice.parse(request.method()));
    }
}
