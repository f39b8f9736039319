package org.lifecircle.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.store.EmbeddedFiles;
import org.lifecircle.store.Store;
import org.lifecircle.store.cache.GraphCache;

/**
 * Work on the embedded database as a file, for {@code lifecircle store}: an integrity check, a
 * consistent copy while others use it, setting a damaged file aside, and LifeCircle 0.1's store.
 */
public final class SqliteFiles implements EmbeddedFiles {

    private static final int MAX_PROBLEMS = 20;
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    /** The embedded database of a data folder (which need not exist). */
    static Path databaseFile(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(SqliteStore.FILE_NAME);
    }

    /**
     * SQLite's own checks of every page, index and foreign key: empty when the file is sound, else
     * up to {@value #MAX_PROBLEMS} lines that say what is wrong.
     */
    @Override
    public List<String> check(Path dataDir) {
        Path file = requireDatabase(dataDir);
        List<String> problems = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = c.createStatement()) {
            try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check(" + MAX_PROBLEMS + ")")) {
                while (rows.next()) {
                    if (!"ok".equals(rows.getString(1))) {
                        problems.add(rows.getString(1));
                    }
                }
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                while (rows.next() && problems.size() < MAX_PROBLEMS) {
                    problems.add("a row of " + rows.getString(1) + " refers to a missing row of " + rows.getString(3));
                }
            }
        } catch (SQLException e) {
            problems.add(EmbeddedFailures.cannotOpen("the embedded database " + file, e).getMessage());
        }
        return problems;
    }

    /**
     * Writes a consistent copy of the database (as of one moment, while others may read and write)
     * to {@code target}: into a temporary file beside it, then renamed, so that an interrupted
     * backup leaves no half file under the name.
     */
    @Override
    public void backup(Path dataDir, Path target) {
        Path file = requireDatabase(dataDir);
        Path folder = target.toAbsolutePath().normalize().getParent();
        Path partial = folder.resolve("." + target.getFileName() + ".partial");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(partial);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                 PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, partial.toString());
                vacuum.execute();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw EmbeddedFailures.during("the embedded database " + file, "writing a backup to " + target.getFileName(),
                    e, false).orElseGet(() -> new InvalidInputException("cannot back up " + file + " to " + target
                    + " (" + EmbeddedFailures.reason(e) + ")", e));
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new InvalidInputException("cannot write the backup " + target + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Moves the database (with its WAL) and the graph cache into a new folder {@code damaged-TIME}
     * in the data folder, and returns that folder: there it can be opened read-wise as a data
     * folder of its own while a new, empty database takes its place.
     */
    @Override
    public Path setAside(Path dataDir) {
        Path file = requireDatabase(dataDir);
        Path folder = file.getParent();
        Path aside = folder.resolve("damaged-" + LocalDateTime.now().format(ASIDE));
        try {
            Files.createDirectories(aside);
            for (String name : List.of(SqliteStore.FILE_NAME, SqliteStore.FILE_NAME + "-wal",
                    SqliteStore.FILE_NAME + "-shm", "graph-cache")) {
                if (Files.exists(folder.resolve(name))) {
                    Files.move(folder.resolve(name), aside.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return aside;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " aside into " + aside, e);
        }
    }

    @Override
    public Optional<Path> findLegacy(Path dataDir) {
        return LegacyStores.find(dataDir);
    }

    @Override
    public void retireLegacy(Path dataDir) {
        Path legacy = LegacyStores.find(dataDir).orElseThrow();
        try {
            Files.move(legacy, legacy.resolveSibling(legacy.getFileName() + LegacyStores.MIGRATED_SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename " + legacy, e);
        }
    }

    @Override
    public Store openLegacy(Path dataDir, Path cacheFolder) {
        return LegacyStores.openH2(dataDir, new GraphCache(cacheFolder));
    }

    private static Path requireDatabase(Path dataDir) {
        Path file = databaseFile(dataDir);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("no embedded database at " + file + " (LIFECIRCLE_DATA_DIR names the data"
                    + " folder)");
        }
        return file;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the backup failed already; a stray partial file is named with a dot and ".partial"
        }
    }
}
