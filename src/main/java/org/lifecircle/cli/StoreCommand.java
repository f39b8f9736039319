package org.lifecircle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lifecircle.service.datasets.StoreCopy;
import org.lifecircle.service.datasets.StoreMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lifecircle store check|backup|repair|migrate}: care of the embedded database. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Check, back up, repair or migrate the"
        + " embedded database.", subcommands = {StoreCommand.Check.class, StoreCommand.Backup.class,
            StoreCommand.Repair.class, StoreCommand.Migrate.class})
final class StoreCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static StoreMaintenance maintenance(CommandSpec spec) {
        LifeCircleCli root = (LifeCircleCli) spec.root().userObject();
        PrintWriter err = spec.commandLine().getErr();
        return new StoreMaintenance(root.storeSettings(), notice -> err.println("lifecircle: " + notice));
    }

    /** Prints what a copy did; exit 0 when nothing was skipped, else 2. */
    static int report(CommandSpec spec, String verb, StoreCopy.Report report) {
        PrintWriter out = spec.commandLine().getOut();
        report.copied().forEach(line -> out.println("copied\t" + line));
        report.skipped().forEach(line -> out.println("skipped\t" + line));
        out.println("store " + verb + ": " + report.copied().size() + " copied, " + report.skipped().size()
                + " skipped");
        return report.skipped().isEmpty() ? 0 : LifeCircleCli.EXIT_BAD_INPUT;
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Check every page, index and reference"
            + " of the embedded database.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<String> problems = maintenance(spec).check();
            PrintWriter out = spec.commandLine().getOut();
            problems.forEach(problem -> out.println("problem\t" + problem));
            out.println("store check: " + (problems.isEmpty() ? "ok" : problems.size() + " problems; 'lifecircle store"
                    + " repair' copies what can be read into a new database"));
            return problems.isEmpty() ? 0 : LifeCircleCli.EXIT_BAD_INPUT;
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true, description = "Write a consistent copy of the embedded"
            + " database to FILE (while others may use it).")
    static final class Backup implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The copy to write (replaced if it exists).")
        Path target;

        @Override
        public Integer call() {
            Path written = maintenance(spec).backup(target);
            spec.commandLine().getOut().println("store backup: wrote " + written + " (to restore it, stop LifeCircle"
                    + " and put it in the data folder as lifecircle.db)");
            return 0;
        }
    }

    @Command(name = "repair", mixinStandardHelpOptions = true, description = "Set a damaged embedded database aside"
            + " and copy what can be read into a new one (stop lifecircle serve first).")
    static final class Repair implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return report(spec, "repair", maintenance(spec).repair());
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Copy the datasets and runs of"
            + " LifeCircle 0.1's embedded store (lifecircle.mv.db) into this version's.")
    static final class Migrate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return report(spec, "migrate", maintenance(spec).migrate());
        }
    }
}
