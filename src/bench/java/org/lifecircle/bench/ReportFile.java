package org.lifecircle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.lifecircle.io.files.AtomicFiles;

/**
 * A benchmark's results file under bench/results/: its folder made, the text written to a
 * temporary file and renamed (a benchmark stopped midway leaves the last complete file), and the
 * line every results file opens with.
 */
final class ReportFile {

    private ReportFile() {
    }

    static void write(Path file, AtomicFiles.TextContent content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        AtomicFiles.writeText(file, content);
    }

    /** "Written by `CLASS` (`COMMAND`) on DATE UTC." and a blank line. */
    static String writtenBy(Class<?> benchmark, String command) {
        return "Written by `" + benchmark.getName() + "` (`" + command + "`) on "
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
                + ".\n\n";
    }
}
