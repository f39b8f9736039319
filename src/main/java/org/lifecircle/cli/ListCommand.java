package org.lifecircle.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.lifecircle.service.datasets.DatasetCatalog;
import org.lifecircle.store.DatasetCounts;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.Store;
import picocli.CommandLine.Command;

/** {@code lifecircle list}: the stored datasets, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the stored datasets.")
final class ListCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = StoreAccess.open(spec)) {
            List<DatasetInfo> datasets = new DatasetCatalog(store).datasets();
            PrintWriter out = spec.commandLine().getOut();
            if (datasets.isEmpty()) {
                out.println("no datasets in " + store.description() + " (create one with 'lifecircle import')");
            }
            for (DatasetInfo d : datasets) {
                out.println(line(d));
            }
        }
        return 0;
    }

    static String line(DatasetInfo d) {
        DatasetCounts c = d.counts();
        return String.format("%s\timported %s\t%d nodes, %d edges, %d facilities, %d areas, %d districts",
                d.name(), d.createdAt(), c.nodes(), c.edges(), c.facilities(), c.areas(), c.districts());
    }
}
