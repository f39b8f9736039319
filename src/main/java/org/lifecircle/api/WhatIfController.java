package org.lifecircle.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.lifecircle.service.map.Proposal;
import org.lifecircle.service.map.Scenario;
import org.lifecircle.service.map.WhatIfService.WhatIfResult;
import org.lifecircle.service.map.WhatIfService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What-if proposals and saved scenarios. */
@RestController
@RequestMapping("/api/datasets/{dataset}")
class WhatIfController {

    /** A what-if request: proposed facilities of one category, optionally at another threshold. */
    record WhatIfRequest(String category, Double maxWalkMeters, List<Proposal> proposals) {
    }

    /** A scenario to save. */
    record ScenarioRequest(String name, List<Proposal> proposals) {
    }

    private final WhatIfService whatIf;

    WhatIfController(WhatIfService whatIf) {
        this.whatIf = whatIf;
    }

    @PostMapping("/whatif")
    @Operation(summary = "Coverage with proposed facilities added: the areas that change and the districts' figures")
    WhatIfResult evaluate(@PathVariable String dataset, @RequestBody WhatIfRequest request) {
        return whatIf.evaluate(dataset, RequestParams.category(request.category()),
                RequestParams.maxWalkMeters(request.maxWalkMeters()),
                request.proposals() == null ? List.of() : request.proposals());
    }

    @GetMapping("/scenarios")
    @Operation(summary = "Saved scenarios of the dataset")
    List<Scenario> scenarios(@PathVariable String dataset) {
        return whatIf.list(dataset);
    }

    @PostMapping("/scenarios")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save the proposals as a named scenario")
    Scenario save(@PathVariable String dataset, @RequestBody ScenarioRequest request) {
        return whatIf.save(dataset, request.name(), request.proposals() == null ? List.of() : request.proposals());
    }

    @DeleteMapping("/scenarios/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a saved scenario")
    void delete(@PathVariable String dataset, @PathVariable String id) {
        whatIf.delete(dataset, id);
    }
}
