package org.lifecircle.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.options.Defaults;
import org.lifecircle.plan.SolverChoice;
import org.lifecircle.service.OutputFolder;
import org.lifecircle.service.Timer;
import org.lifecircle.service.coverage.CoverageData;
import org.lifecircle.service.plan.SuggestInputs;
import org.lifecircle.service.plan.SuggestJob;
import org.lifecircle.service.plan.SuggestOutputs;
import org.lifecircle.service.plan.SuggestParameters;
import org.lifecircle.service.plan.SuggestReport;
import org.lifecircle.service.plan.SuggestSummary;
import org.lifecircle.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lifecircle suggest}: where to build the next K facilities of a category. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "Suggest K sites for a category that newly cover the most residents of its demand group within its"
                + " threshold, existing facilities kept; writes suggestions.csv, suggestions.geojson, summary.json and"
                + " report.html.")
final class SuggestCommand implements Callable<Integer> {

    @Mixin
    CoverageOptions options;

    @Option(names = "--category", required = true, paramLabel = "C",
            description = "The profile rule to place sites for (e.g. elderly_care).")
    Category category;

    @Option(names = "--count", required = true, paramLabel = "K", description = "How many sites to suggest.")
    int count;

    @Option(names = "--candidates", paramLabel = "FILE[@CRS]",
            description = "Candidate sites: points with id, optional name and capacity (CSV lon/lat or x/y, GeoJSON,"
                    + " Shapefile, GeoPackage). Default: generated near uncovered areas.")
    FileWithCrs candidates;

    @Option(names = "--candidate-spacing-meters", paramLabel = "M", defaultValue = "" + Defaults.CANDIDATE_SPACING_METERS,
            description = "Generated candidates: at most one per square of this side (default: ${DEFAULT-VALUE}).")
    double candidateSpacingMeters;

    @Option(names = "--method", paramLabel = "auto|exact|heuristic", defaultValue = "auto",
            description = "auto (default): greedy + interchange with a proven bound, then the exact solver (CP-SAT, 10 s)"
                    + " when the bound leaves a gap and there are at most 2,000 candidates; exact: CP-SAT always;"
                    + " heuristic: never.")
    SolverChoice method;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            SuggestParameters suggest = new SuggestParameters(category, count, Optional.ofNullable(candidates),
                    candidateSpacingMeters);
            Timer timer = new Timer();
            SuggestReport report = new SuggestJob(read(timer), options.toParameters(), suggest, timer).solver(method)
                    .run();
            SuggestOutputs.write(options.out, report);
            SuggestSummary s = report.summary();
            spec.commandLine().getOut().printf(Locale.ROOT, "suggest: %d sites for %s newly cover %.1f residents"
                            + " (%.2f %% -> %.2f %%), %s, gap %.3f %%; wrote %s%n", report.result().suggestions().size(),
                    s.category(), s.objective(), s.baselineCoveredPct(), s.suggestedCoveredPct(), s.method(),
                    100 * s.gap(), options.out);
            return 0;
        } catch (InvalidInputException e) {
            OutputFolder.writeErrorNote(options.out, e.getMessage());
            throw e;
        }
    }

    private CoverageData read(Timer timer) {
        Optional<String> dataset = options.dataset();
        if (dataset.isEmpty()) {
            return SuggestInputs.fromFiles(options.toRequest().sources(), timer);
        }
        try (Store store = StoreAccess.open(spec)) {
            return SuggestInputs.fromDataset(store, dataset.get(), timer);
        }
    }
}
