package org.lifecircle.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lifecircle.model.Progress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --quiet}, and the progress a long command draws on standard error otherwise: a bar that
 * redraws itself when stderr is a terminal, plain lines when it goes to a file or a pipe.
 */
final class ProgressOptions {

    /**
     * Milliseconds a step runs before its progress shows (default 2,000: quicker steps print
     * nothing); a Java system property, so that tests can see progress on small inputs.
     */
    static final String DELAY_PROPERTY = "lifecircle.progress.delayMillis";

    @Option(names = "--quiet", description = "Print no progress on standard error (results and warnings still show).")
    boolean quiet;

    /** The progress for this command's standard error. */
    Progress progress(CommandSpec spec) {
        if (quiet) {
            return Progress.NONE;
        }
        PrintWriter err = spec.commandLine().getErr();
        long delayMillis = Long.getLong(DELAY_PROPERTY, 2_000L);
        return new StderrProgress(err, stderrIsTerminal(), delayMillis);
    }

    /**
     * Whether file descriptor 2 is a terminal. Java has no isatty; on Linux the descriptor's link
     * names the device ({@code /dev/pts/3}). Elsewhere this says no, and the plain lines show.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }
}
