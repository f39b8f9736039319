package org.lifecircle.io.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The installation's data folder, {@code gis-data/}: the category table ({@code categories.csv}),
 * the policy profiles ({@code profiles/*.yaml}) and the demo city ({@code demo/}). It lies under
 * the folder named by the Java system property {@code lifecircle.home} (the launcher passes its
 * own folder), else under the working directory. Its files are read when a command or request
 * needs them, so an edit counts from the next run on, without a rebuild; the jar holds copies of
 * the table and the stock profiles for when a file is not there.
 */
public final class DataFolder {

    /** The system property naming the installation folder. */
    public static final String HOME_PROPERTY = "lifecircle.home";
    private static final String NAME = "gis-data";

    private DataFolder() {
    }

    /** The folder (which may not exist). */
    public static Path path() {
        String home = System.getProperty(HOME_PROPERTY);
        Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
        return base.resolve(NAME);
    }

    /** A regular file of the folder, e.g. {@code findFile("profiles/tianjin-2022.yaml")}. */
    public static Optional<Path> findFile(String relative) {
        Path file = path().resolve(relative);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** How messages name a file of the folder: {@code gis-data/categories.csv}, never an absolute path. */
    public static String displayName(String relative) {
        return NAME + "/" + relative;
    }
}
