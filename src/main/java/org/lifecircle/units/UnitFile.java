package org.lifecircle.units;

import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.model.InvalidInputException;

/**
 * The boundary file of one level, as {@code --units LEVEL=FILE[@CRS]} names it.
 *
 * @param level the level its polygons are
 * @param file the file and its coordinate system
 */
public record UnitFile(UnitLevel level, FileWithCrs file) {

    /** Parses {@code street=streets.geojson@gcj02}; a one-line error for anything else. */
    public static UnitFile parse(String argument) {
        String text = argument == null ? "" : argument.strip();
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            throw new InvalidInputException("'" + argument + "': write LEVEL=FILE[@CRS] with LEVEL district, street"
                    + " or community (e.g. street=streets.geojson)");
        }
        return new UnitFile(UnitLevel.parse(text.substring(0, equals)), FileWithCrs.parse(text.substring(equals + 1)));
    }

    @Override
    public String toString() {
        return level.id() + "=" + file;
    }
}
