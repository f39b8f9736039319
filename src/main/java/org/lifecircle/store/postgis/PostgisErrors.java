package org.lifecircle.store.postgis;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.lifecircle.store.PostgisSettings;

/** One-line messages for failing to reach or log in to PostgreSQL; they name the URL and user, never the password. */
final class PostgisErrors {

    private PostgisErrors() {
    }

    static String cannotConnect(PostgisSettings settings, SQLException e) {
        return "cannot connect to PostgreSQL at " + settings.where() + ": " + reason(e);
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
            default -> message;
        };
    }
}
