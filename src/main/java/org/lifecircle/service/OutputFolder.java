package org.lifecircle.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.lifecircle.io.files.AtomicFiles;
import org.lifecircle.io.files.StagedFolder;
import org.lifecircle.model.InvalidInputException;

/**
 * The folder a job writes into: created on demand, checked for writing, written as one set of
 * files (see {@link StagedFolder}: a failure changes nothing in it), and left an error note on failure.
 */
public final class OutputFolder {

    /** Name of the note a failed run leaves in its output folder. */
    public static final String ERROR_NOTE = "error.txt";

    private OutputFolder() {
    }

    static void create(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InvalidInputException(folder + ": cannot create the output folder (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(folder)) {
            throw new InvalidInputException(folder + ": output folder is not writable");
        }
    }

    /**
     * Creates the folder and writes a job's files into a staging folder inside it; the caller
     * publishes them (or closes the stage to drop them). A failure to write (a full disk) is one
     * line naming the folder, and leaves the folder as it was.
     */
    public static StagedFolder stage(Path folder, Consumer<Path> writes) {
        create(folder);
        StagedFolder staged = StagedFolder.open(folder);
        try {
            staged.write(writes);
            return staged;
        } catch (RuntimeException e) {
            staged.close();
            throw e;
        }
    }

    /** Writes a job's files into the folder as one set: all of them, or (on failure) none. */
    public static void writeAll(Path folder, Consumer<Path> writes) {
        try (StagedFolder staged = stage(folder, writes)) {
            staged.publish();
        }
    }

    /**
     * Leaves the message in {@code folder/error.txt} when the folder exists or its parent does;
     * nothing else is written. Failing to write the note is not reported (the console has it).
     */
    public static void writeErrorNote(Path folder, String message) {
        Path parent = folder.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder) && (parent == null || !Files.isDirectory(parent))) {
            return;
        }
        try {
            Files.createDirectories(folder);
            AtomicFiles.writeText(folder.resolve(ERROR_NOTE), writer -> writer.write(message + "\n"));
        } catch (IOException | RuntimeException ignored) {
            // the message reaches the user on the console anyway
        }
    }
}
