package org.lifecircle.io.export;

import java.io.IOException;
import java.nio.file.Path;
import org.lifecircle.crs.FromWgs84;

/** Writes one layer in one format to a file (the caller makes it atomic). One implementation per format. */
interface LayerWriter {

    void write(ExportLayer layer, ExportOptions options, FromWgs84 crs, Path file) throws IOException;
}
