package org.lifecircle.cli;

import java.util.concurrent.Callable;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.service.coverage.DemoJob;
import org.lifecircle.service.datasets.ImportJob;
import org.lifecircle.service.datasets.ImportRequest;
import org.lifecircle.store.DatasetCounts;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lifecircle import}: input files into the store as a named dataset, in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Store the walking network, facilities, residential areas, districts and census totals of input"
                + " files as a named dataset (replacing one of the same name atomically). --demo imports the demo city"
                + " as 'demo'.")
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--name", paramLabel = "NAME", description = "The dataset's name (any text).")
    String name;

    @Option(names = "--demo", description = "Import the demo city (gis-data/demo) as the dataset 'demo'.")
    boolean demo;

    @Mixin
    SourceOptions sources;

    @Mixin
    ProgressOptions progress;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (demo && (name != null || sources.anyGiven())) {
            throw new InvalidInputException("--demo imports the demo city's own files as 'demo': leave out --name and"
                    + " the input files");
        }
        if (!demo && name == null) {
            throw new InvalidInputException("missing --name NAME (or --demo)");
        }
        DatasetInfo info;
        String where;
        java.util.List<String> warnings;
        try (Store store = StoreAccess.open(spec)) {
            ImportJob job = demo ? ImportJob.demo(store, DemoJob.defaultFolder())
                    : new ImportJob(store, new ImportRequest(name, sources.toSources("--demo")));
            info = job.progress(progress.progress(spec)).run();
            warnings = job.warnings();
            where = store.description();
        }
        DatasetCounts c = info.counts();
        spec.commandLine().getOut().printf("import: dataset '%s' version %s: %d nodes, %d edges, %d facilities, %d areas,"
                        + " %d districts; stored in %s%n", info.name(), info.versionId(), c.nodes(), c.edges(),
                c.facilities(), c.areas(), c.districts(), where);
        warnings.forEach(w -> spec.commandLine().getErr().println("lifecircle: warning: " + w));
        return 0;
    }
}
