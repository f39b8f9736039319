package org.lifecircle.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Optional;
import org.lifecircle.service.runs.RunViews.RunDetail;
import org.lifecircle.service.runs.RunViews.RunSummary;
import org.lifecircle.service.runs.RunViews;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Saved analysis runs (made by {@code lifecircle coverage/batch --dataset}). */
@RestController
@RequestMapping("/api/runs")
class RunController {

    private final RunViews runs;

    RunController(RunViews runs) {
        this.runs = runs;
    }

    @GetMapping
    @Operation(summary = "Saved runs, newest first, optionally of one dataset")
    List<RunSummary> list(@RequestParam(required = false) String dataset) {
        return runs.list(Optional.ofNullable(dataset).filter(d -> !d.isBlank()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A run's parameters and district figures")
    RunDetail get(@PathVariable String id) {
        return runs.get(id);
    }
}
