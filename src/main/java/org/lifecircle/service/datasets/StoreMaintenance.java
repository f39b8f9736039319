package org.lifecircle.service.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.lifecircle.io.files.TempFolders;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.store.EmbeddedFiles;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoreSettings;
import org.lifecircle.store.factory.Stores;

/**
 * {@code lifecircle store check | backup | repair | migrate}: the embedded database's care. Each
 * runs once on the data folder of the settings; PostGIS has its own tools (pg_dump, pg_restore).
 */
public final class StoreMaintenance {

    private final StoreSettings settings;
    private final Consumer<String> notices;
    private final EmbeddedFiles files;

    public StoreMaintenance(StoreSettings settings, Consumer<String> notices) {
        if (settings.postgis().isPresent()) {
            throw new InvalidInputException("'lifecircle store' looks after the embedded database; the store is PostGIS"
                    + " (LIFECIRCLE_DB_URL): use PostgreSQL's own tools, e.g. pg_dump and pg_restore");
        }
        this.settings = settings;
        this.notices = notices;
        this.files = Stores.embeddedFiles();
    }

    /** SQLite's integrity checks: empty when the database is sound. */
    public List<String> check() {
        return files.check(settings.dataDir());
    }

    /** A consistent copy of the database, written while others may use it. */
    public Path backup(Path target) {
        files.backup(settings.dataDir(), target);
        return target.toAbsolutePath().normalize();
    }

    /**
     * Sets the database aside (into {@code damaged-TIME} in the data folder), opens a new one in
     * its place and copies every dataset and run that can still be read from the old one.
     */
    public StoreCopy.Report repair() {
        Path aside = files.setAside(settings.dataDir());
        notices.accept("moved the damaged database into " + aside);
        try (Store into = Stores.open(settings, notices)) {
            Store from;
            try {
                from = Stores.openEmbeddedAt(aside, notices);
            } catch (RuntimeException e) {
                return new StoreCopy.Report(List.of(), List.of("everything: the damaged database cannot be opened ("
                        + e.getMessage() + ")"));
            }
            try (from) {
                return new StoreCopy(from, into).run();
            }
        }
    }

    /**
     * Copies the datasets and runs of LifeCircle 0.1's H2 store in the data folder into the SQLite
     * store, then renames the H2 file (to {@code lifecircle.mv.db.migrated}) so that it is not
     * offered again.
     */
    public StoreCopy.Report migrate() {
        if (files.findLegacy(settings.dataDir()).isEmpty()) {
            throw new InvalidInputException("no store of LifeCircle 0.1 to migrate in "
                    + settings.dataDir().toAbsolutePath().normalize() + " (it would be lifecircle.mv.db)");
        }
        Path cache = temporaryFolder();
        StoreCopy.Report report;
        try (Store from = files.openLegacy(settings.dataDir(), cache);
             Store into = Stores.open(settings, notice -> { })) {
            report = new StoreCopy(from, into).run();
        } finally {
            TempFolders.delete(cache);
        }
        files.retireLegacy(settings.dataDir());
        return report;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("lifecircle-migrate");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
