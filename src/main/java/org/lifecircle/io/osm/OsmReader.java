package org.lifecircle.io.osm;

import java.nio.file.Path;

/**
 * Reads one OSM file format and hands every element to a handler. One implementation per format;
 * {@link OsmFiles#readerFor(Path)} picks it from the file name.
 */
public interface OsmReader {

    /**
     * Streams the file to the handler.
     *
     * @throws org.lifecircle.model.InvalidInputException when the file is missing, truncated or
     *     not OSM, with a message naming the file and the problem
     */
    void read(Path file, OsmHandler handler);
}
