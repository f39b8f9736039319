package org.lifecircle.io.osm;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Picks the OSM reader for a file from its name, after checking that the file can be read at all. */
public final class OsmFiles {

    /** File name endings read as OSM XML, possibly compressed. */
    private static final List<String> XML_EXTENSIONS = List.of(".osm", ".xml", ".osm.gz", ".osm.bz2");
    private static final String PBF_EXTENSION = ".pbf";
    private static final String SUPPORTED = ".osm, .xml, .osm.gz, .osm.bz2, .osm.pbf";

    private OsmFiles() {
    }

    /**
     * The reader for this file: {@code .pbf} (usually {@code .osm.pbf}) is PBF, {@code .osm},
     * {@code .xml}, {@code .osm.gz} and {@code .osm.bz2} are XML. Case is ignored.
     *
     * @throws org.lifecircle.model.InvalidInputException when the file is missing, a directory,
     *     unreadable or empty, or its name has none of the supported endings
     */
    public static OsmReader readerFor(Path file) {
        OsmInputs.requireReadableFile(file);
        String name = OsmInputs.displayName(file).toLowerCase(Locale.ROOT);
        if (name.endsWith(PBF_EXTENSION)) {
            return new OsmPbfReader();
        }
        for (String extension : XML_EXTENSIONS) {
            if (name.endsWith(extension)) {
                return new OsmXmlReader();
            }
        }
        throw OsmInputs.problem(file, "not a supported OSM file type (supported: " + SUPPORTED + ")");
    }

    /** Reads the file with the reader {@link #readerFor(Path)} picks. */
    public static void read(Path file, OsmHandler handler) {
        readerFor(file).read(file, handler);
    }
}
