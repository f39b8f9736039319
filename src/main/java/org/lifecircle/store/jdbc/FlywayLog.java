package org.lifecircle.store.jdbc;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log for the command line: every command opens the store, and Flyway's progress lines
 * (and its notice that H2 2.4 is newer than the H2 it was tested with; H2 2.4.240 is what H2GIS
 * 2.2.5 is built against) would precede each command's one-line answer. Debug, info and that
 * notice are dropped; other warnings and errors go to standard error. Failures still reach the
 * user as exceptions, turned into one-line messages by {@link SchemaMigrations}.
 */
public final class FlywayLog implements LogCreator {

    @Override
    public Log createLogger(Class<?> type) {
        return new Log() {
            @Override
            public boolean isDebugEnabled() {
                return false;
            }

            @Override
            public void debug(String message) {
                // progress detail
            }

            @Override
            public void info(String message) {
                // progress: "Migrating schema ...", "Schema ... is up to date"
            }

            @Override
            public void warn(String message) {
                if (!message.startsWith("Flyway upgrade recommended")) {
                    System.err.println("lifecircle: database schema: " + message);
                }
            }

            @Override
            public void error(String message) {
                System.err.println("lifecircle: database schema: " + message);
            }

            @Override
            public void error(String message, Exception e) {
                error(message);
            }

            @Override
            public void notice(String message) {
                // Flyway's edition notices
            }
        };
    }
}
