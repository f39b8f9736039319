package org.lifecircle.store.jdbc;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.lifecircle.model.InvalidInputException;

/**
 * Brings a database's schema to this version of LifeCircle with Flyway (migrations in
 * {@code db/migration/h2} and {@code db/migration/postgis}), and refuses a database whose schema
 * is newer than this code: Flyway alone would only warn about such "future" migrations, and
 * writing with older code into a newer schema can lose data.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /**
     * @param location Flyway location, e.g. {@code classpath:db/migration/h2}
     * @param where the database for messages (no password)
     */
    public static void migrate(String url, String user, String password, String location, String where) {
        Flyway flyway = Flyway.configure().dataSource(url, user, password).locations(location)
                .loggers(FlywayLog.class.getName()).load();
        try {
            refuseNewerSchema(flyway, where);
            flyway.migrate();
        } catch (FlywayException e) {
            String message = String.valueOf(e.getMessage()).lines().map(String::strip).filter(l -> !l.isEmpty())
                    .findFirst().orElse(e.getClass().getSimpleName());
            throw new InvalidInputException(where + ": cannot bring the database schema up to date (" + message + ")", e);
        }
    }

    private static void refuseNewerSchema(Flyway flyway, String where) {
        Optional<MigrationVersion> future = Arrays.stream(flyway.info().applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder());
        if (future.isPresent()) {
            String known = Arrays.stream(flyway.info().all()).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED).map(MigrationInfo::getVersion)
                    .max(Comparator.naturalOrder()).map(MigrationVersion::getVersion).orElse("none");
            throw new InvalidInputException(where + ": the database schema is at version " + future.get().getVersion()
                    + ", newer than this LifeCircle knows (up to " + known + "); use the LifeCircle release that wrote"
                    + " it, or a newer one");
        }
    }
}
