package org.lifecircle.io.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.lifecircle.model.InvalidInputException;

/**
 * A set of output files written as one: they go into a hidden staging folder inside the output
 * folder (the same disk, so that finishing needs no space, only renames), and {@link #publish}
 * moves them into place. Until then the output folder is untouched: when writing fails (a full
 * disk) or the caller gives up (the run could not be saved), {@link #close} removes the staging
 * folder and earlier outputs stay exactly as they were. A staging folder left by a killed process
 * is removed by the next write into the same folder (its name carries the process id; one whose
 * process cannot be told is removed once it is an hour old).
 */
public final class StagedFolder implements AutoCloseable {

    /** Name prefix of staging folders; nothing else in an output folder starts with it. */
    public static final String PREFIX = ".lifecircle-staging-";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private final Path target;
    private final Path staging;
    private boolean published;

    private StagedFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts a set of outputs for an existing folder. */
    public static StagedFolder open(Path target) {
        removeAbandoned(target);
        try {
            return new StagedFolder(target, Files.createTempDirectory(target,
                    PREFIX + ProcessHandle.current().pid() + "-"));
        } catch (IOException e) {
            throw unwritable(target, new OutputWriteException(target, e));
        }
    }

    /** Runs the writes into the staging folder; an I/O failure becomes one message naming the output folder. */
    public void write(Consumer<Path> writes) {
        try {
            writes.accept(staging);
        } catch (OutputWriteException e) {
            throw unwritable(target, e);
        }
    }

    /** Creates a folder (and its parents) inside the staging folder, for outputs in subfolders. */
    public static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new OutputWriteException(folder, e);
        }
    }

    /** Moves every staged file into the output folder (replacing files of the same name). */
    public void publish() {
        try {
            moveEntries(staging, target);
            Files.delete(staging);
            published = true;
        } catch (IOException e) {
            throw new InvalidInputException(target + ": the outputs were written but could not all be moved into"
                    + " place (" + e.getMessage() + "); some files may be from the earlier run");
        }
    }

    /** Removes the staging folder unless it was published. */
    @Override
    public void close() {
        if (!published) {
            TempFolders.delete(staging);
        }
    }

    /** The one-line message for an output folder that could not be written. */
    private static InvalidInputException unwritable(Path target, OutputWriteException e) {
        String file = target.equals(e.file()) ? "" : " while writing " + e.file().getFileName();
        String problem = e.diskFull() ? "the disk is full (" + e.reason() + file + ")"
                : "cannot write the outputs (" + e.reason() + file + ")";
        return new InvalidInputException(target + ": " + problem + "; nothing in this folder was changed", e);
    }

    private static void moveEntries(Path from, Path to) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from)) {
            for (Path entry : entries) {
                Path destination = to.resolve(entry.getFileName().toString());
                if (Files.isDirectory(entry) && Files.isDirectory(destination)) {
                    moveEntries(entry, destination);
                    Files.delete(entry);
                } else {
                    move(entry, destination);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void removeAbandoned(Path target) {
        FileTime cutoff = FileTime.from(Instant.now().minus(ABANDONED_AFTER));
        try (DirectoryStream<Path> staged = Files.newDirectoryStream(target, PREFIX + "*")) {
            for (Path folder : staged) {
                if (isAbandoned(folder, cutoff)) {
                    TempFolders.delete(folder);
                }
            }
        } catch (IOException e) {
            // an abandoned staging folder only takes space; it never becomes an output
        }
    }

    /** Whether the process that named the folder has ended, or (when it cannot be told) the folder is old. */
    private static boolean isAbandoned(Path folder, FileTime cutoff) throws IOException {
        String rest = folder.getFileName().toString().substring(PREFIX.length());
        int dash = rest.indexOf('-');
        if (dash > 0 && dash < 19 && rest.substring(0, dash).chars().allMatch(Character::isDigit)) {
            long pid = Long.parseLong(rest.substring(0, dash));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
        return Files.getLastModifiedTime(folder).compareTo(cutoff) < 0;
    }
}
