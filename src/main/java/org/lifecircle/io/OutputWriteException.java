package org.lifecircle.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A file could not be written (and was left as it was, see {@link AtomicFiles}); says which file
 * and whether the disk was full, so that callers can tell the user in one line.
 */
public final class OutputWriteException extends UncheckedIOException {

    /** How operating systems word a full disk or quota (Linux and macOS, Linux quotas, Windows). */
    private static final List<String> DISK_FULL = List.of("no space left on device", "disk quota exceeded",
            "not enough space on the disk");

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
        return firstLine(getCause().getMessage());
    }

    /** Whether the exception or one of its causes is the operating system saying the disk is full. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (DISK_FULL.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Path file, IOException cause) {
        String reason = firstLine(cause.getMessage());
        return "cannot write " + file + ": " + (isDiskFull(cause) ? "the disk is full (" + reason + ")" : reason);
    }

    private static String firstLine(String message) {
        return String.valueOf(message).lines().findFirst().orElse("").strip();
    }
}
