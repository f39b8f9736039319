package org.lifecircle.crs;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.lifecircle.model.InvalidInputException;

/**
 * An input file as users name it on the command line or in a request: a path, optionally followed
 * by '@' and its coordinate system ({@code shops.csv@gcj02}, {@code parcels.shp@epsg:4548}).
 *
 * @param path the file
 * @param crs the coordinate system the user gave; empty means "what the file declares, else WGS84"
 */
public record FileWithCrs(Path path, Optional<CrsSpec> crs) {

    public FileWithCrs {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(crs, "crs");
    }

    /**
     * Splits {@code FILE@CRS} at the last '@'. Paths may contain '@' themselves
     * ({@code /home/a@b/x.csv}, {@code shops@2024.csv}): the text after the last '@' is taken as a
     * coordinate system only when it is a known form, and the whole argument is a path when that
     * text contains a path separator or a dot. Anything else after '@' ({@code x.csv@gcj2}) is a
     * mistyped system and an error listing the accepted forms.
     */
    public static FileWithCrs parse(String argument) {
        String text = argument.strip();
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return new FileWithCrs(Path.of(text), Optional.empty());
        }
        String file = text.substring(0, at);
        String suffix = text.substring(at + 1);
        Optional<CrsSpec> crs = CrsSpec.find(suffix);
        if (crs.isPresent() && !file.isEmpty()) {
            return new FileWithCrs(Path.of(file), crs);
        }
        if (!suffix.isEmpty() && (suffix.contains("/") || suffix.contains("\\") || suffix.contains("."))) {
            return new FileWithCrs(Path.of(text), Optional.empty());
        }
        throw new InvalidInputException("'" + argument + "': '" + suffix + "' after '@' is not a coordinate system;"
                + " write FILE followed by one of " + CrsSpec.ACCEPTED_FORMS);
    }

    /** The argument form again: {@code path@crs} or just the path. */
    @Override
    public String toString() {
        return crs.map(c -> path + "@" + c).orElse(path.toString());
    }
}
