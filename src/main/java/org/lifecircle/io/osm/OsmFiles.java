package org.lifecircle.io.osm;

import java.nio.file.Path;
import org.lifecircle.model.InvalidInputException;

/**
 * TEMPORARY placeholder so that this branch compiles: the real OSM readers (XML, .gz, .bz2, PBF)
 * are written on branch {@code osm-readers}. This file is deleted when that branch reaches main
 * and main is merged here; until then reading any file fails with a clear message.
 */
public final class OsmFiles {

    private OsmFiles() {
    }

    /** Always fails: no reader is available in this build yet. */
    public static OsmReader readerFor(Path file) {
        throw new InvalidInputException(file.getFileName() + ": cannot read OSM files in this build (the OSM readers"
                + " are not merged yet)");
    }

    /** Reads the file with the reader {@link #readerFor(Path)} picks. */
    public static void read(Path file, OsmHandler handler) {
        readerFor(file).read(file, handler);
    }
}
