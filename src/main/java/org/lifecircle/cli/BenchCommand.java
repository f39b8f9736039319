package org.lifecircle.cli;

import picocli.CommandLine.Command;

/** {@code lifecircle bench}: benchmarks that write their figures under bench/results/. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and write its figures under bench/results/.")
final class BenchCommand implements Runnable {

    @Override
    public void run() {
        throw new UnsupportedOperationException("no benchmark yet");
    }
}
