package org.lifecircle.io.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file could not be written (and was left as it was, see {@link AtomicFiles}); says which file
 * and whether the disk was full, so that callers can tell the user in one line.
 */
public final class OutputWriteException extends UncheckedIOException {

    /** How operating systems word a full disk or quota (Linux and macOS, Linux quotas, Windows), and SQLite. */
    private static final List<String> DISK_FULL = List.of("no space left on device", "disk quota exceeded",
            "not enough space on the disk", "database or disk is full");

    private final transient Path file;
    private final boolean diskFull;

    public OutputWriteException(Path file, IOException cause) {
        super(describe(file, cause), cause);
        this.file = file;
        this.diskFull = isDiskFull(cause);
    }

    /** The file that was being written. */
    public Path file() {
        return file;
    }

    /** Whether writing failed because the disk (or the user's quota) was full. */
    public boolean diskFull() {
        return diskFull;
    }

    /** The operating system's reason, in one line. */
    public String reason() {
        return diskFullMessage(getCause()).orElse(firstLine(getCause().getMessage()));
    }

    /** Whether the exception or one of its causes is the operating system saying the disk is full. */
    public static boolean isDiskFull(Throwable e) {
        return diskFullMessage(e).isPresent();
    }

    /** The first line of the message (of the exception or a cause) that says the disk is full. */
    public static Optional<String> diskFullMessage(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = t.getCause()) {
            String message = firstLine(t.getMessage());
            String lower = message.toLowerCase(Locale.ROOT);
            if (DISK_FULL.stream().anyMatch(lower::contains)) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    private static String describe(Path file, IOException cause) {
        Optional<String> full = diskFullMessage(cause);
        return "cannot write " + file + ": " + (full.isPresent() ? "the disk is full (" + full.get() + ")"
                : firstLine(cause.getMessage()));
    }

    private static String firstLine(String message) {
        return String.valueOf(message).lines().findFirst().orElse("").strip();
    }
}
