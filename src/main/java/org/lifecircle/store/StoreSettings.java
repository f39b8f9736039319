package org.lifecircle.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lifecircle.model.InvalidInputException;

/**
 * Which store to open, the same for the command line and the server: the embedded SQLite database
 * under {@code dataDir} unless PostGIS is configured. A configured PostGIS is never replaced by the
 * embedded store: a user or password without a URL is an error, not a reason to fall back.
 *
 * @param dataDir folder of the embedded database and, with either store, of the graph cache
 * @param postgis the PostGIS database, when configured
 */
public record StoreSettings(Path dataDir, Optional<PostgisSettings> postgis) {

    /** The data folder's name under the user's data home ({@code $XDG_DATA_HOME} or {@code ~/.local/share}). */
    public static final String DATA_FOLDER_NAME = "lifecircle";

    /** Graph snapshots live here, one file per dataset version (see store.cache.GraphCache). */
    public Path graphCacheFolder() {
        return dataDir.resolve("graph-cache");
    }

    public static StoreSettings embedded(Path dataDir) {
        return new StoreSettings(dataDir, Optional.empty());
    }

    /** From Java system properties (the Spring property names) and then environment variables. */
    public static StoreSettings fromEnvironment() {
        Map<String, String> environment = System.getenv();
        return resolve(setting -> Optional.ofNullable(System.getProperty(setting.property()))
                .or(() -> Optional.ofNullable(environment.get(setting.environmentVariable()))),
                defaultDataDir(environment::get));
    }

    /**
     * From these environment variables only (tests give their own); the default folder from their
     * {@code XDG_DATA_HOME} or {@code HOME}, else from the process's.
     */
    public static StoreSettings fromEnvironment(Map<String, String> environment) {
        return resolve(setting -> Optional.ofNullable(environment.get(setting.environmentVariable())),
                defaultDataDir(name -> Optional.ofNullable(environment.get(name)).orElseGet(() -> System.getenv(name))));
    }

    /**
     * The data folder when none is set, the same from whatever folder a command is run:
     * {@code $XDG_DATA_HOME/lifecircle} when that variable holds an absolute path (the XDG Base
     * Directory rule: relative values are ignored), else {@code $HOME/.local/share/lifecircle}
     * (the Java property {@code user.home} when HOME is unset).
     *
     * @param environment an environment variable's value by name, null when unset
     */
    public static Path defaultDataDir(Function<String, String> environment) {
        Optional<Path> xdg = Optional.ofNullable(environment.apply("XDG_DATA_HOME")).filter(v -> !v.isBlank())
                .flatMap(StoreSettings::absolute);
        if (xdg.isPresent()) {
            return xdg.get().resolve(DATA_FOLDER_NAME);
        }
        Path home = Optional.ofNullable(environment.apply("HOME")).filter(v -> !v.isBlank())
                .flatMap(StoreSettings::absolute).orElseGet(() -> Path.of(System.getProperty("user.home")));
        return home.resolve(".local").resolve("share").resolve(DATA_FOLDER_NAME);
    }

    /**
     * From any source of the four settings; blank values count as unset. Without a data folder,
     * the one of {@link #defaultDataDir} for the process's environment.
     */
    public static StoreSettings resolve(Function<StoreSetting, Optional<String>> lookup) {
        return resolve(lookup, defaultDataDir(System::getenv));
    }

    /** From any source of the four settings, with this folder when none is set. */
    public static StoreSettings resolve(Function<StoreSetting, Optional<String>> lookup, Path defaultDataDir) {
        Function<StoreSetting, Optional<String>> value = setting -> lookup.apply(setting).filter(v -> !v.isBlank());
        Path dataDir = value.apply(StoreSetting.DATA_DIR).map(StoreSettings::path).orElse(defaultDataDir);
        Optional<String> url = value.apply(StoreSetting.DB_URL);
        if (url.isEmpty()) {
            for (StoreSetting setting : new StoreSetting[] {StoreSetting.DB_USER, StoreSetting.DB_PASSWORD}) {
                if (value.apply(setting).isPresent()) {
                    throw new InvalidInputException(setting.environmentVariable() + " is set but "
                            + StoreSetting.DB_URL.environmentVariable() + " is not: set the PostgreSQL URL too, or unset"
                            + " it to use the embedded database in " + dataDir);
                }
            }
            return embedded(dataDir);
        }
        return new StoreSettings(dataDir, Optional.of(new PostgisSettings(url.get(),
                value.apply(StoreSetting.DB_USER).orElse(""), lookup.apply(StoreSetting.DB_PASSWORD).orElse(""))));
    }

    private static Optional<Path> absolute(String text) {
        try {
            Path path = Path.of(text);
            return path.isAbsolute() ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(StoreSetting.DATA_DIR.environmentVariable() + " '" + text
                    + "' is not a usable folder path (" + e.getMessage() + ")");
        }
    }
}
