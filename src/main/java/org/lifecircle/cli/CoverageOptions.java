package org.lifecircle.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.Progress;
import org.lifecircle.options.Defaults;
import org.lifecircle.service.coverage.CoverageParameters;
import org.lifecircle.service.coverage.CoverageRequest;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The inputs shared by {@code coverage} and {@code batch}: files, or a stored dataset. */
final class CoverageOptions {

    @Mixin
    SourceOptions sources;

    @Mixin
    ProgressOptions progress;

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "Read everything from this stored dataset (see 'lifecircle import') and save the run.")
    String dataset;

    @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = Defaults.PROFILE,
            description = "Policy profile: gb50180-2018, tianjin-2022, yangzhou-2025 or a YAML file (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--max-walk-meters", paramLabel = "M",
            description = "Use this walking threshold for every category instead of the profile's (at most 10000).")
    Double maxWalkMeters;

    @Option(names = "--search-limit-meters", paramLabel = "M", defaultValue = "" + Defaults.SEARCH_LIMIT_METERS,
            description = "Report distances of gaps up to this far (default: ${DEFAULT-VALUE}; at most 10000).")
    double searchLimitMeters;

    @Option(names = "--max-snap-meters", paramLabel = "M", defaultValue = "" + Defaults.MAX_SNAP_METERS,
            description = "Farthest a facility or area may be from a walkable way (default: ${DEFAULT-VALUE}; at most 2000).")
    double maxSnapMeters;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    /** The stored dataset to read, when --dataset is given (and then no input file may be). */
    Optional<String> dataset() {
        if (dataset != null && sources.anyGiven()) {
            throw new InvalidInputException("--dataset reads every input from the store: leave out --osm, --facilities,"
                    + " --residential, --districts and --population, or drop --dataset to read files");
        }
        return Optional.ofNullable(dataset);
    }

    CoverageParameters toParameters() {
        if (maxWalkMeters != null) {
            Options.requireMeters("--max-walk-meters", maxWalkMeters, Defaults.MAX_WALK_METERS);
        }
        Options.requireMeters("--search-limit-meters", searchLimitMeters, Defaults.MAX_WALK_METERS);
        Options.requireMeters("--max-snap-meters", maxSnapMeters, Defaults.MAX_SNAP_LIMIT_METERS);
        return new CoverageParameters(profile, maxWalkMeters == null ? OptionalDouble.empty()
                : OptionalDouble.of(maxWalkMeters), searchLimitMeters, maxSnapMeters);
    }

    CoverageRequest toRequest() {
        CoverageParameters parameters = toParameters();
        return new CoverageRequest(sources.toSources("--dataset NAME"), parameters, out);
    }

    /** The progress for the command's standard error, or none with --quiet. */
    Progress progress(CommandSpec spec) {
        return progress.progress(spec);
    }
}
