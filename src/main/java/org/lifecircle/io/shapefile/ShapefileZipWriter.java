package org.lifecircle.io.shapefile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lifecircle.io.export.ExportOptions;
import org.lifecircle.io.export.LayerWriter;
import org.lifecircle.io.export.OutputGeometries;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerField;

/**
 * A Shapefile as one .zip: NAME.shp, .shx, .dbf, .prj (the output system's WKT from GeoTools),
 * .cpg ("UTF-8", or "936" for GBK, the code page number ArcGIS and GDAL both read) and
 * fields.txt, which maps each 10-character field name to its full name and Chinese label.
 *
 * <p>Why a writer of our own: GeoTools' shapefile module is not in the available GeoTools build,
 * and H2GIS 2.2.5 writes multi-part polygon records 8 bytes longer than the file holds, which GDAL
 * refuses (see ARCHITECTURE.md). The format is small and fixed: {@link ShpEncoder} and
 * {@link DbfEncoder}.
 */
public final class ShapefileZipWriter implements LayerWriter {

    @Override
    public void write(Layer layer, ExportOptions options, Path file) throws IOException {
        ShpEncoder.Parts parts = ShpEncoder.encode(OutputGeometries.of(layer, options), layer.points());
        List<String> shortNames = DbfFieldNames.shorten(layer.fields().stream().map(LayerField::name).toList());
        byte[] dbf = DbfEncoder.encode(layer, shortNames, options.charset());
        String base = layer.name();
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
             ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, base + ".shp", parts.shp());
            entry(zip, base + ".shx", parts.shx());
            entry(zip, base + ".dbf", dbf);
            entry(zip, base + ".prj", OutputGeometries.prj(options).getBytes(StandardCharsets.US_ASCII));
            entry(zip, base + ".cpg", (options.isGbk() ? "936" : "UTF-8").getBytes(StandardCharsets.US_ASCII));
            entry(zip, "fields.txt", fieldsText(layer, shortNames, options));
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** One line per field: short name, full name, Chinese label, tab-separated; in the export's encoding. */
    private static byte[] fieldsText(Layer layer, List<String> shortNames, ExportOptions options) {
        StringBuilder text = new StringBuilder("shapefile_field\tfull_name\tlabel\n");
        for (int f = 0; f < shortNames.size(); f++) {
            LayerField field = layer.fields().get(f);
            text.append(shortNames.get(f)).append('\t').append(field.name()).append('\t').append(field.label())
                    .append('\n');
        }
        String bom = options.isGbk() ? "" : "\uFEFF";
        return (bom + text).getBytes(options.charset());
    }
}
