package org.lifecircle.store;

import java.util.regex.Pattern;
import org.lifecircle.model.InvalidInputException;

/**
 * Where the PostGIS store is. The password never appears in {@link #toString()} or messages.
 *
 * @param url a {@code jdbc:postgresql://host:port/database} URL
 * @param user login role; empty to leave it to the URL or the driver
 * @param password its password; may be empty
 */
public record PostgisSettings(String url, String user, String password) {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&]*");

    public PostgisSettings {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new InvalidInputException(StoreSetting.DB_URL.environmentVariable() + " must be a PostgreSQL JDBC URL"
                    + " such as jdbc:postgresql://localhost:5432/lc, got '" + redact(String.valueOf(url)) + "'");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The URL with any password parameter masked, for messages. */
    public String redactedUrl() {
        return redact(url);
    }

    /** "URL as user X", for messages. */
    public String where() {
        return redactedUrl() + (user.isEmpty() ? "" : " as user " + user);
    }

    private static String redact(String url) {
        return PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return "PostgisSettings[" + where() + "]";
    }
}
