package org.lifecircle.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lifecircle.model.InvalidInputException;

/**
 * Which store to open, the same for the command line and the server: the embedded H2GIS database
 * under {@code dataDir} unless PostGIS is configured. A configured PostGIS is never replaced by the
 * embedded store: a user or password without a URL is an error, not a reason to fall back.
 *
 * @param dataDir folder of the embedded database and, with either store, of the graph cache
 * @param postgis the PostGIS database, when configured
 */
public record StoreSettings(Path dataDir, Optional<PostgisSettings> postgis) {

    /** The default data folder, relative to the working directory. */
    public static final Path DEFAULT_DATA_DIR = Path.of("data");

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
                .or(() -> Optional.ofNullable(environment.get(setting.environmentVariable()))));
    }

    /** From environment variables only (tests give their own). */
    public static StoreSettings fromEnvironment(Map<String, String> environment) {
        return resolve(setting -> Optional.ofNullable(environment.get(setting.environmentVariable())));
    }

    /** From any source of the four settings; blank values count as unset. */
    public static StoreSettings resolve(Function<StoreSetting, Optional<String>> lookup) {
        Function<StoreSetting, Optional<String>> value = setting -> lookup.apply(setting).filter(v -> !v.isBlank());
        Path dataDir = value.apply(StoreSetting.DATA_DIR).map(StoreSettings::path).orElse(DEFAULT_DATA_DIR);
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

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(StoreSetting.DATA_DIR.environmentVariable() + " '" + text
                    + "' is not a usable folder path (" + e.getMessage() + ")");
        }
    }
}
