package org.lifecircle.io.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lifecircle.crs.FromWgs84;
import org.lifecircle.io.csv.NetworkCsvWriter;
import org.locationtech.jts.io.WKTWriter;

/**
 * CSV with the full column names and the geometry as WKT in the last column ({@code wkt}), in the
 * chosen encoding; UTF-8 files start with a byte order mark so that Excel shows Chinese text.
 */
final class CsvLayerWriter implements LayerWriter {

    @Override
    public void write(ExportLayer layer, ExportOptions options, FromWgs84 crs, Path file) throws IOException {
        boolean utf8 = options.encoding().equals(StandardCharsets.UTF_8);
        // The file is a resource of its own, closed even when the writer's last flush fails (a full disk).
        try (OutputStream raw = Files.newOutputStream(file);
             Writer out = new BufferedWriter(new OutputStreamWriter(raw, options.encoding()))) {
            if (utf8) {
                out.write('\uFEFF');
            }
            for (ExportField field : layer.fields()) {
                out.write(NetworkCsvWriter.csvText(field.name()));
                out.write(',');
            }
            out.write("wkt\n");
            WKTWriter wkt = new WKTWriter();
            for (ExportLayer.Feature feature : layer.features()) {
                for (Object value : feature.values()) {
                    out.write(value == null ? "" : NetworkCsvWriter.csvText(value.toString()));
                    out.write(',');
                }
                out.write(NetworkCsvWriter.csvText(wkt.write(crs.apply(feature.geometry()))));
                out.write('\n');
            }
        }
    }
}
