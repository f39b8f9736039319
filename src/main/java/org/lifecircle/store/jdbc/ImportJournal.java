package org.lifecircle.store.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Imports under way on this machine, one small file each in {@code LIFECIRCLE_DATA_DIR/imports}:
 * written before an import's transaction starts and deleted when it ends (committed or rolled
 * back). A file whose process is gone is an import that was killed (SIGKILL, power cut): the
 * database rolled its transaction back, and the next store to open tells the user about it once.
 * Best effort: when the folder cannot be written, imports run without it.
 */
final class ImportJournal {

    private static final String SUFFIX = ".import";
    /** Version ids are UUIDs (never user text), so they are safe file names. */
    private static final Pattern VERSION_ID = Pattern.compile("[0-9a-fA-F-]{36}");

    /** An import's entry; closing it (when the import ended either way) removes it. */
    interface Entry extends AutoCloseable {
        @Override
        void close();
    }

    /** An import this journal found unfinished: its process ended before the import did. */
    record Unfinished(String versionId, String datasetName, Instant startedAt, long pid, Path file) {
    }

    private final Path folder;

    ImportJournal(Path folder) {
        this.folder = folder;
    }

    /** Notes that this process starts importing the version; close the entry when the import ends. */
    Entry begin(String datasetName, String versionId) {
        if (!VERSION_ID.matcher(versionId).matches()) {
            throw new IllegalArgumentException("not a dataset version id: " + versionId);
        }
        Path file = folder.resolve(versionId + SUFFIX);
        ProcessHandle self = ProcessHandle.current();
        try {
            Files.createDirectories(folder);
            Files.writeString(file, self.pid() + "\n" + Instant.now() + "\n" + datasetName, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return () -> { };
        }
        return () -> deleteQuietly(file);
    }

    /** Imports whose process is no longer running. */
    List<Unfinished> unfinished() {
        List<Unfinished> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                Optional<Unfinished> entry = read(file);
                if (entry.isEmpty() && isStale(file)) {
                    deleteQuietly(file);
                }
                entry.filter(e -> !isRunning(e)).ifPresent(found::add);
            }
        } catch (IOException e) {
            // nothing to tell then; the files stay for the next look
        }
        return found;
    }

    /** Forgets an unfinished import once the user was told (or it turned out to have committed). */
    void forget(Unfinished entry) {
        deleteQuietly(entry.file());
    }

    /** An unreadable entry (its process killed while writing it) older than an hour. */
    private static boolean isStale(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(Duration.ofHours(1)));
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // found again next time
        }
    }

    private static Optional<Unfinished> read(Path file) {
        String name = file.getFileName().toString();
        try {
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", 3);
            return Optional.of(new Unfinished(name.substring(0, name.length() - SUFFIX.length()), lines[2],
                    Instant.parse(lines[1]), Long.parseLong(lines[0]), file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the import's process still runs (a live process with that id started before the import did). */
    private static boolean isRunning(Unfinished entry) {
        Optional<ProcessHandle> process = ProcessHandle.of(entry.pid());
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Optional<Instant> started = process.get().info().startInstant();
        return started.isEmpty() || !started.get().isAfter(entry.startedAt());
    }
}
