package org.lifecircle.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.lifecircle.service.datasets.DatasetCatalog;
import org.lifecircle.store.DatasetInfo;
import org.lifecircle.store.SourceFile;
import org.lifecircle.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lifecircle show NAME}: one dataset: version, sources with their CRS and hashes, counts. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a stored dataset and its sources.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The dataset's name.")
    String name;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = StoreAccess.open(spec)) {
            DatasetInfo d = new DatasetCatalog(store).dataset(name);
            PrintWriter out = spec.commandLine().getOut();
            out.println(ListCommand.line(d));
            out.println("version\t" + d.versionId());
            out.println("content sha256\t" + d.contentSha256());
            for (SourceFile s : d.sources()) {
                out.printf("source\t%s\t%s%s\tsha256 %s\t%d bytes%n", s.role().id(), s.path(),
                        s.crs().isEmpty() ? "" : "@" + s.crs(), s.sha256(), s.sizeBytes());
            }
            out.println("store\t" + store.description());
        }
        return 0;
    }
}
