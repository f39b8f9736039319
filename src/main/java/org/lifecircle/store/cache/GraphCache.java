package org.lifecircle.store.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.lifecircle.store.NetworkRows;
import org.lifecircle.store.NetworkSink;

/**
 * Walking networks of dataset versions as compact binary snapshots, so that a server start or a
 * run does not rebuild the graph from database rows (let alone re-read the OSM file).
 *
 * <p>Where: {@code LIFECIRCLE_DATA_DIR/graph-cache/VERSION.lcgraph}, one file per dataset version,
 * with either store (a PostGIS store caches in the local data folder of each machine).
 *
 * <p>Invalidation: a version's network never changes, and every import makes a new version id,
 * so a file is valid for exactly the version it is named after. Files of versions replaced or
 * deleted are removed after the transaction that replaced or deleted them ({@link #retainOnly});
 * a file whose format version, version id, length or CRC-32 does not match is ignored, deleted
 * and rebuilt from the database, and the user is told in one line on standard error. Files are
 * written to a temporary name and renamed, so a reader never sees half a file; a temporary file
 * left by a killed process is removed by a later sweep once it is an hour old. The cache is only
 * an optimisation: when the folder cannot be written, networks are read from the database every time.
 */
public final class GraphCache {

    private static final String SUFFIX = ".lcgraph";
    /** Version ids are UUIDs (never user text), so they are safe file names; anything else is refused. */
    private static final Pattern VERSION_ID = Pattern.compile("[0-9a-fA-F-]{36}");

    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private final Path folder;
    private final Consumer<String> notices;

    /** A cache whose notices (a damaged snapshot was replaced) go to standard error. */
    public GraphCache(Path folder) {
        this(folder, notice -> System.err.println("lifecircle: " + notice));
    }

    /** A cache that tells {@code notices} when it found a snapshot unusable and rebuilds it. */
    public GraphCache(Path folder, Consumer<String> notices) {
        this.folder = folder;
        this.notices = notices;
    }

    public Path folder() {
        return folder;
    }

    /** The snapshot file of a version (it may not exist). */
    public Path fileOf(String versionId) {
        if (!VERSION_ID.matcher(versionId).matches()) {
            throw new IllegalArgumentException("not a dataset version id: " + versionId);
        }
        return folder.resolve(versionId + SUFFIX);
    }

    /**
     * Hands the cached network of the version to the sink; false (and the sink untouched) when
     * there is no usable snapshot. A damaged or outdated file is deleted.
     */
    public boolean read(String versionId, NetworkSink sink) {
        Path file = fileOf(versionId);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
        Optional<String> defect = SnapshotFormat.defect(bytes, versionId);
        if (defect.isPresent()) {
            deleteQuietly(file);
            notices.accept("the graph snapshot " + file + " was unusable (" + defect.get() + "); the walking network"
                    + " is read from the database and the snapshot rewritten");
            return false;
        }
        SnapshotFormat.decode(bytes, sink);
        return true;
    }

    /**
     * Writes the version's snapshot; false when it could not be written (the cache is then
     * simply not used) or the network is not on the 1e-7 degree grid the format keeps.
     */
    public boolean write(String versionId, NetworkRows network) {
        Path file = fileOf(versionId);
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, versionId, TEMPORARY_SUFFIX);
            if (!SnapshotFormat.write(temporary, versionId, network)) {
                Files.deleteIfExists(temporary);
                return false;
            }
            move(temporary, file);
            return true;
        } catch (IOException | UncheckedIOException e) {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
            return false;
        }
    }

    /**
     * Deletes the snapshots of every version not in the set (replaced or deleted datasets), and
     * temporary files an hour old (left by a process killed while writing one).
     */
    public void retainOnly(Set<String> versionIds) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        deleteAbandonedTemporaries();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!versionIds.contains(name.substring(0, name.length() - SUFFIX.length()))) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            // a stale snapshot is never read (its version id is gone), so leaving it is harmless
        }
    }

    private void deleteAbandonedTemporaries() {
        FileTime cutoff = FileTime.from(Instant.now().minus(ABANDONED_AFTER));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + TEMPORARY_SUFFIX)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).compareTo(cutoff) < 0) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            // a left-over temporary file only takes space
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // read() checks every file anyway
        }
    }
}
