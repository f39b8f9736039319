package org.lifecircle.faults;

import java.util.List;

/** What one command line run printed and returned. */
record CliRun(int exitCode, String out, String err) {

    List<String> errorLines() {
        return err.lines().toList();
    }
}
