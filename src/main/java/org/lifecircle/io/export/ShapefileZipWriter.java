package org.lifecircle.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lifecircle.crs.FromWgs84;

/**
 * A Shapefile as one .zip: LAYER.shp/.shx/.dbf/.prj/.cpg and fields.txt, which maps the
 * 10-character DBF field names to the full names. Why our own writer: GeoTools' shapefile module
 * is not on Maven Central, and H2GIS 2.2.5 writes multi-part polygon records that GDAL refuses.
 */
final class ShapefileZipWriter implements LayerWriter {

    @Override
    public void write(ExportLayer layer, ExportOptions options, FromWgs84 crs, Path file) throws IOException {
        ShpEncoder shapes = new ShpEncoder(layer.polygons());
        DbfEncoder table = new DbfEncoder(layer.fields(), options.encoding());
        for (ExportLayer.Feature feature : layer.features()) {
            shapes.add(crs.apply(feature.geometry()));
            table.add(feature.values());
        }
        String cpg = options.encoding().equals(StandardCharsets.UTF_8) ? "UTF-8" : "GBK";
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, layer.name() + ".shp", shapes.shp());
            entry(zip, layer.name() + ".shx", shapes.shx());
            entry(zip, layer.name() + ".dbf", table.dbf());
            entry(zip, layer.name() + ".prj", crs.wkt().getBytes(StandardCharsets.UTF_8));
            entry(zip, layer.name() + ".cpg", cpg.getBytes(StandardCharsets.US_ASCII));
            entry(zip, "fields.txt", fieldsText(layer).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String fieldsText(ExportLayer layer) {
        StringBuilder text = new StringBuilder("# DBF field -> full name (Shapefile names are at most 10 ASCII characters)\n");
        for (ExportField field : layer.fields()) {
            text.append(field.shortName()).append('\t').append(field.name()).append('\n');
        }
        return text.toString();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
