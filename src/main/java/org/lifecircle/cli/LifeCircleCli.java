package org.lifecircle.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.options.OptionType;
import org.lifecircle.options.OptionTypes;
import org.lifecircle.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The {@code lifecircle} command line. Commands are thin: they parse options into a request and
 * run a service. Errors a user can fix print one line and exit 2; {@code --debug} adds the trace.
 */
@Command(name = "lifecircle", mixinStandardHelpOptions = true, version = "LifeCircle 0.1.0",
        description = "Walking catchments and coverage gaps of 15-minute life circles.",
        subcommands = {GraphCommand.class, CoverageCommand.class, BatchCommand.class, DemoCommand.class, ExportCommand.class,
            ImportCommand.class, ListCommand.class, ShowCommand.class, DeleteCommand.class, RunsCommand.class,
            StoreCommand.class, ServeCommand.class, GenerateCommand.class, SuggestCommand.class})
public final class LifeCircleCli implements Runnable {

    /** Exit code for input the user can fix (bad file, bad option). */
    public static final int EXIT_BAD_INPUT = 2;
    private static final String BENCH_COMMAND = "org.lifecircle.bench.BenchCommand";
    /** picocli's wording of a value an option type refused: "Invalid value for option '--crs': REASON". */
    /** picocli's message for a refused value; a repeatable option's also names its label ("'--units' (LEVEL=FILE)"). */
    private static final Pattern REFUSED_VALUE = Pattern.compile("Invalid value for option '([^']+)'(?: \\([^)]*\\))?: (.+)");

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces with errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<StoreSettings> storeSettings;

    private LifeCircleCli(Supplier<StoreSettings> storeSettings) {
        this.storeSettings = storeSettings;
    }

    /** The store settings, resolved when a command first needs the store (bad settings fail only those). */
    StoreSettings storeSettings() {
        return storeSettings.get();
    }

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

    /** Runs the command line and returns its exit code; store settings from system properties and the environment. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return executeWith(args, out, err, StoreSettings::fromEnvironment);
    }

    /** A typed option's parser as picocli's converter; its one-line error becomes picocli's "Invalid value" message. */
    private static <T> void register(CommandLine commandLine, OptionType<T> type) {
        commandLine.registerConverter(type.type(), text -> {
            try {
                return type.parse(text);
            } catch (InvalidInputException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
    }

    /**
     * {@code lifecircle bench}, from the benchmarks' own source tree (src/bench/java), which the
     * product does not depend on: found by name when the jar holds it.
     */
    private static void addBenchmarks(CommandLine commandLine) {
        try {
            Object bench = Class.forName(BENCH_COMMAND).getDeclaredConstructor().newInstance();
            commandLine.addSubcommand("bench", bench);
        } catch (ReflectiveOperationException e) {
            // a build without the benchmarks
        }
    }

    /** Runs the command line with these environment variables as the only source of store settings (tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return executeWith(args, out, err, () -> StoreSettings.fromEnvironment(environment));
    }

    private static int executeWith(String[] args, PrintWriter out, PrintWriter err, Supplier<StoreSettings> settings) {
        CommandLine commandLine = new CommandLine(new LifeCircleCli(settings));
        addBenchmarks(commandLine);
        OptionTypes.ALL.forEach(type -> register(commandLine, type));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(exception -> EXIT_BAD_INPUT);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            Matcher refused = REFUSED_VALUE.matcher(String.valueOf(exception.getMessage()));
            if (refused.matches()) {  // an option type's parser said why: that one line is the message
                err.println("lifecircle: " + refused.group(1) + ": " + refused.group(2));
                return EXIT_BAD_INPUT;
            }
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
