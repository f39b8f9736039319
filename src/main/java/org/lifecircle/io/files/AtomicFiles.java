package org.lifecircle.io.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old file or the complete new one: the content goes
 * to a temporary file in the same folder, which is renamed over the target at the end.
 */
public final class AtomicFiles {

    /** Writes text to a writer; may throw IOException. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer writer) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes UTF-8 text to the target atomically; on failure (a full disk, say) the temporary file
     * is removed, the target is left as it was, and an {@link OutputWriteException} names it.
     */
    public static void writeText(Path target, TextContent content) {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
            // The file is a resource of its own: when the writer's last flush fails (a full disk),
            // JDK 17's writer does not close the stream beneath it, which would keep the deleted
            // temporary file's space in use for as long as the process runs.
            try (OutputStream file = Files.newOutputStream(temporary);
                 Writer writer = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8.newEncoder()),
                         1 << 16)) {
                content.writeTo(writer);
            }
            moveIntoPlace(temporary, target);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new OutputWriteException(target, e);
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    /**
     * Temporary files are created readable by their owner only; the finished file gets the usual
     * rw-r--r-- so that colleagues and other tools can read an output like any file (where POSIX).
     */
    static void makeReadable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's permissions apply
        }
    }

    /** Renames a finished temporary file over the target (atomically where the file system can). */
    public static void moveIntoPlace(Path temporary, Path target) throws IOException {
        makeReadable(temporary);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the original failure is what the user needs to see
            }
        }
    }
}
