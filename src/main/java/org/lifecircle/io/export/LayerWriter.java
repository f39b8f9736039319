package org.lifecircle.io.export;

import java.io.IOException;
import java.nio.file.Path;
import org.lifecircle.results.Layer;

/** Writes a layer in one format; one implementation per {@link ExportFormat}. */
public interface LayerWriter {

    /**
     * Writes the whole layer into a new file (a temporary one that {@link ExportFiles} renames).
     *
     * @param layer the layer, geometries in WGS84
     * @param options format, output system (geometries are converted on the way), text encoding
     * @param file the file to write; it does not exist yet, or is empty
     */
    void write(Layer layer, ExportOptions options, Path file) throws IOException;
}
