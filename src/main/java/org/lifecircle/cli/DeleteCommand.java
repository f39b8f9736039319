package org.lifecircle.cli;

import java.util.concurrent.Callable;
import org.lifecircle.service.datasets.DatasetCatalog;
import org.lifecircle.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lifecircle delete NAME}: removes a dataset; its saved runs stay. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Delete a stored dataset (its saved runs stay and can still be listed and compared).")
final class DeleteCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The dataset's name.")
    String name;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = StoreAccess.open(spec)) {
            new DatasetCatalog(store).delete(name);
            spec.commandLine().getOut().printf("delete: dataset '%s' deleted from %s%n", name, store.description());
        }
        return 0;
    }
}
