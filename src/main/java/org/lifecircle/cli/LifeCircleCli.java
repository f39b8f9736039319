package org.lifecircle.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.lifecircle.model.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code lifecircle} command line. Commands are thin: they parse options into a request and
 * run a service. Errors a user can fix print one line and exit 2; {@code --debug} adds the trace.
 */
@Command(name = "lifecircle", mixinStandardHelpOptions = true, version = "LifeCircle 0.1.0",
        description = "Walking catchments and coverage gaps of 15-minute life circles.",
        subcommands = {GraphCommand.class, CoverageCommand.class, BatchCommand.class, DemoCommand.class,
            ServeCommand.class, BenchCommand.class})
public final class LifeCircleCli implements Runnable {

    /** Exit code for input the user can fix (bad file, bad option). */
    public static final int EXIT_BAD_INPUT = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces with errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != ServeCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }

    /** Runs the command line and returns its exit code; for tests and {@link #main}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new LifeCircleCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(exception -> EXIT_BAD_INPUT);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("lifecircle: " + exception.getMessage());
            err.println("Try 'lifecircle " + exception.getCommandLine().getCommandName() + " --help'.");
            return EXIT_BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            // --debug is inherited by every subcommand, so look for it anywhere on the line.
            boolean debug = java.util.Arrays.asList(args).contains("--debug");
            err.println("lifecircle: " + userMessage(exception));
            if (debug) {
                exception.printStackTrace(err);
            }
            return exception instanceof InvalidInputException || exception instanceof UncheckedIOException
                    ? EXIT_BAD_INPUT : 1;
        });
        return commandLine.execute(args);
    }

    private static String userMessage(Exception exception) {
        if (exception instanceof InvalidInputException || exception instanceof UncheckedIOException) {
            return exception.getMessage();
        }
        return "internal error (" + exception.getClass().getSimpleName() + ": " + exception.getMessage()
                + "); run again with --debug and report it";
    }
}
