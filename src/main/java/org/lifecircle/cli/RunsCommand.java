package org.lifecircle.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.lifecircle.service.datasets.DatasetCatalog;
import org.lifecircle.service.runs.RunComparison;
import org.lifecircle.store.AreaResult;
import org.lifecircle.store.CategoryResult;
import org.lifecircle.store.DistrictResult;
import org.lifecircle.store.RunInfo;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoredRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lifecircle runs list|show|compare}: saved coverage and batch runs. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "Saved runs of coverage/batch --dataset.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.Show.class, RunsCommand.Compare.class})
final class RunsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String line(RunInfo r) {
        return String.format("%s\t%s\t%s\tdataset %s\tprofile %s\t%d areas", r.id(), r.createdAt(),
                r.parameters().kind().id(), r.datasetName(), r.parameters().profileId(), r.areas());
    }

    static String meters(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : "-";
    }

    /** {@code runs list [--dataset NAME]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List saved runs, oldest first.")
    static final class ListRuns implements Callable<Integer> {

        @Option(names = "--dataset", paramLabel = "NAME", description = "Only runs of this dataset.")
        String dataset;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = StoreAccess.open(spec)) {
                List<RunInfo> runs = new DatasetCatalog(store).runs(Optional.ofNullable(dataset));
                if (runs.isEmpty()) {
                    spec.commandLine().getOut().println("no runs in " + store.description()
                            + " (coverage --dataset NAME saves one)");
                }
                runs.forEach(r -> spec.commandLine().getOut().println(line(r)));
            }
            return 0;
        }
    }

    /** {@code runs show RUN}: parameters, rules, district rows and area results. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a saved run's parameters and results.")
    static final class Show implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "RUN", description = "Run id, e.g. r3.")
        String run;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = StoreAccess.open(spec)) {
                print(new DatasetCatalog(store).run(run), spec.commandLine().getOut());
            }
            return 0;
        }

        private static void print(StoredRun run, PrintWriter out) {
            out.println(line(run.info()));
            out.printf(Locale.ROOT, "parameters\tdataset version %s\tsearch limit %.0f m\tsnap limit %.0f m%s%n",
                    run.info().datasetVersionId(), run.info().parameters().searchLimitMeters(),
                    run.info().parameters().maxSnapMeters(), run.info().parameters().maxWalkMetersOverride().isPresent()
                            ? "\tthreshold override " + meters(run.info().parameters().maxWalkMetersOverride()) + " m" : "");
            run.rules().forEach(r -> out.printf(Locale.ROOT, "rule\t%s\t%.0f m\ttarget %s\t%s%n", r.category().id(),
                    r.maxWalkMeters(), r.targetPct().isPresent() ? r.targetPct().getAsDouble() + " %" : "-", r.basis()));
            out.println("district\tcode\tcategory\tareas\tcovered\tpopulation\tpopulation_covered\tcoverage_pct\tpass");
            for (DistrictResult d : run.districts()) {
                out.printf(Locale.ROOT, "%s\t%s\t%s\t%d\t%d\t%.0f\t%.0f\t%.1f\t%s%n", d.districtName(), d.districtCode(),
                        d.category().id(), d.areas(), d.areasCovered(), d.population(), d.populationCovered(),
                        d.coveragePct(), d.pass().map(p -> p ? "pass" : "fail").orElse("-"));
            }
            out.println("area\tname\tdistrict\tcategory\tdistance_m\tfacility\tcovered");
            for (AreaResult a : run.areas()) {
                for (CategoryResult c : a.categories()) {
                    out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s%n", a.sourceId(), a.name(), a.districtName(), c.category().id(),
                            meters(c.distanceMeters()), c.facilityId(), c.covered() ? "yes" : "no");
                }
            }
        }
    }

    /** {@code runs compare RUN_A RUN_B}: areas whose status changed and covered population per district. */
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Areas whose status changed between two runs, and the change in covered population per"
                    + " district.")
    static final class Compare implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "RUN_A", description = "The earlier run, e.g. r1.")
        String before;

        @Parameters(index = "1", paramLabel = "RUN_B", description = "The later run, e.g. r2.")
        String after;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = StoreAccess.open(spec)) {
                print(new RunComparison(store).compare(before, after), spec.commandLine().getOut());
            }
            return 0;
        }

        private static void print(RunComparison.Difference d, PrintWriter out) {
            out.printf("runs compare %s (%s, dataset %s) -> %s (%s, dataset %s): %d area status changes%n",
                    d.before().id(), d.before().parameters().profileId(), d.before().datasetName(), d.after().id(),
                    d.after().parameters().profileId(), d.after().datasetName(), d.areas().size());
            out.println("area\tname\tdistrict\tcategory\tbefore\tafter\tdistance_before_m\tdistance_after_m");
            for (RunComparison.AreaChange c : d.areas()) {
                out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", c.sourceId(), c.name(), c.districtName(),
                        c.category().id(), c.before().label(), c.after().label(), meters(c.distanceBeforeMeters()),
                        meters(c.distanceAfterMeters()));
            }
            out.println("district\tcode\tcategory\tpopulation_covered_before\tpopulation_covered_after\tchange");
            for (RunComparison.DistrictChange c : d.districts()) {
                out.printf(Locale.ROOT, "%s\t%s\t%s\t%.0f\t%.0f\t%+.0f%n", c.districtName(), c.districtCode(),
                        c.category().id(), c.populationCoveredBefore(), c.populationCoveredAfter(),
                        c.changeOfPopulationCovered());
            }
        }
    }
}
