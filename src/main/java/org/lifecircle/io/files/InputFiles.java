package org.lifecircle.io.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lifecircle.model.InvalidInputException;

/**
 * File checks and reads shared by the readers, with user-facing messages. Messages name a file by
 * its name only, never by its absolute path: the same readers serve the web API, whose server paths
 * must not reach clients, and the user knows where the file they gave is.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** The file's name for messages. */
    public static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Fails unless the path is an existing regular file. */
    public static void requireFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(nameOf(file) + ": is a folder, not a file; give the data file inside it");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(nameOf(file) + ": no such file; check the path");
        }
    }

    /** The whole file, after {@link #requireFile}. */
    public static byte[] readAllBytes(Path file) {
        requireFile(file);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** Up to {@code count} first bytes of the file, after {@link #requireFile}. */
    public static byte[] head(Path file, int count) {
        requireFile(file);
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** "shops.csv: cannot be read (Permission denied)": the reason without the paths Java puts into it. */
    public static InvalidInputException cannotRead(Path file, IOException error) {
        String reason = String.valueOf(error.getMessage()).replace(file.toAbsolutePath().toString(), nameOf(file))
                .replace(file.toString(), nameOf(file));
        return new InvalidInputException(nameOf(file) + ": cannot be read (" + reason + "); check that it is readable",
                error);
    }

    /** The file with the same base name and another extension, matched case-insensitively. */
    public static Path sibling(Path file, String extension) {
        String name = nameOf(file);
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        Path folder = file.toAbsolutePath().getParent();
        Path exact = folder.resolve(base + extension);
        if (Files.exists(exact)) {
            return exact;
        }
        try (var entries = Files.list(folder)) {
            return entries.filter(p -> nameOf(p).equalsIgnoreCase(base + extension)).findFirst().orElse(exact);
        } catch (IOException e) {
            return exact;
        }
    }
}
