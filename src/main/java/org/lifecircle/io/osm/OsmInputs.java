package org.lifecircle.io.osm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lifecircle.model.InvalidInputException;

/** Checks and messages shared by the OSM readers: every problem becomes one line naming the file. */
final class OsmInputs {

    private static final int MAX_DETAIL_CHARS = 200;

    private OsmInputs() {
    }

    /** The name shown to the user: the file name only, so server paths never leak into messages. */
    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static InvalidInputException problem(Path file, String what) {
        return new InvalidInputException(displayName(file) + ": " + what);
    }

    static InvalidInputException problem(Path file, String what, Throwable cause) {
        return new InvalidInputException(displayName(file) + ": " + what, cause);
    }

    /**
     * Fails unless the path is an existing, readable, non-empty regular file.
     *
     * @return the file size in bytes
     */
    static long requireReadableFile(Path file) {
        if (Files.isDirectory(file)) {
            throw problem(file, "is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw problem(file, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw problem(file, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw problem(file, "file is not readable (permission denied)");
        }
        long sizeBytes = sizeBytes(file);
        if (sizeBytes == 0) {
            throw problem(file, "file is empty");
        }
        return sizeBytes;
    }

    private static long sizeBytes(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw problem(file, "cannot be read (" + detail(e) + ")", e);
        }
    }

    /** A library message squeezed onto one short line, or the exception's type if it has none. */
    static String detail(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_DETAIL_CHARS ? line : line.substring(0, MAX_DETAIL_CHARS) + "...";
    }
}
