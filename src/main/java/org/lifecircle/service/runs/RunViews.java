package org.lifecircle.service.runs;

import java.util.List;
import java.util.Optional;
import org.lifecircle.model.NotFoundException;
import org.lifecircle.service.datasets.DatasetCatalog;
import org.lifecircle.store.DistrictResult;
import org.lifecircle.store.RunInfo;
import org.lifecircle.store.StoredRun;

/** Saved runs as the REST API shows them. */
public final class RunViews {

    private final DatasetCatalog catalog;

    public RunViews(DatasetCatalog catalog) {
        this.catalog = catalog;
    }

    /** A run in the list. */
    public record RunSummary(String id, String dataset, String createdAt, String kind, String profile,
                             Double maxWalkMetersOverride, int areas) {
    }

    /** A district's result in a run. */
    public record DistrictFigures(String code, String name, String category, int areas, int areasCovered,
                                  double population, double populationCovered, double coveragePct, Double targetPct,
                                  Boolean pass) {
    }

    public record RunDetail(RunSummary run, List<DistrictFigures> districts) {
    }

    public List<RunSummary> list(Optional<String> dataset) {
        return catalog.runs(dataset).stream().map(RunViews::summary).toList();
    }

    /** One run with its district figures. */
    public RunDetail get(String id) {
        if (catalog.findRun(id).isEmpty()) {
            throw new NotFoundException("no run '" + id + "'");
        }
        StoredRun run = catalog.run(id);
        return new RunDetail(summary(run.info()), run.districts().stream().map(RunViews::figures).toList());
    }

    private static RunSummary summary(RunInfo info) {
        var p = info.parameters();
        return new RunSummary(info.id(), info.datasetName(), info.createdAt().toString(), p.kind().name().toLowerCase(),
                p.profileId(), p.maxWalkMetersOverride().isPresent() ? p.maxWalkMetersOverride().getAsDouble() : null,
                info.areas());
    }

    private static DistrictFigures figures(DistrictResult d) {
        return new DistrictFigures(d.districtCode(), d.districtName(), d.category().id(), d.areas(), d.areasCovered(),
                d.population(), d.populationCovered(), d.coveragePct(),
                d.targetPct().isPresent() ? d.targetPct().getAsDouble() : null, d.pass().orElse(null));
    }
}
