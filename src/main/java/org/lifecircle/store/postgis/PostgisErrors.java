package org.lifecircle.store.postgis;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Set;
import org.lifecircle.store.PostgisSettings;

/** One-line messages for failing to reach or log in to PostgreSQL; they name the URL and user, never the password. */
final class PostgisErrors {

    private PostgisErrors() {
    }

    static String cannotConnect(PostgisSettings settings, SQLException e) {
        return "cannot connect to PostgreSQL at " + settings.where() + ": " + reason(e);
    }

    /**
     * Whether the server is there but refuses connections for now: 55000 (the database does not
     * allow connections), 53300 (too many connections), 57P03 (starting up or shutting down).
     */
    static boolean refusesConnections(SQLException e) {
        return Set.of("55000", "53300", "57P03").contains(String.valueOf(e.getSQLState()));
    }

    private static String reason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Throwable cause = e.getCause();
        if (cause instanceof ConnectException) {
            return "connection refused (is PostgreSQL running and listening there? .ci/setup-postgres.sh starts one)";
        }
        if (cause instanceof UnknownHostException) {
            return "unknown host " + cause.getMessage();
        }
        if (cause instanceof SocketTimeoutException) {
            return "no answer within the connect timeout";
        }
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        message = message.replaceFirst("^(FATAL|ERROR): +", "");
        return switch (state) {
            case "28P01", "28000" -> message.isEmpty() ? "password authentication failed" : message;
            case "3D000" -> message + " (create it, or fix the database name in the URL)";
            case "55000", "53300", "57P03" -> message + "; try again once it accepts connections";
            default -> message;
        };
    }
}
