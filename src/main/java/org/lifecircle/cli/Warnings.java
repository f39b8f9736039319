package org.lifecircle.cli;

import org.lifecircle.service.coverage.CoverageReport;
import picocli.CommandLine.Model.CommandSpec;

/** A run's warnings (summary.json's), a line each on standard error after the result line. */
final class Warnings {

    private Warnings() {
    }

    static void print(CommandSpec spec, CoverageReport report) {
        report.summary().warnings().forEach(w -> spec.commandLine().getErr().println("lifecircle: warning: " + w));
    }
}
