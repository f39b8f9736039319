package org.lifecircle.io.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.lifecircle.io.export.ExportOptions;
import org.lifecircle.io.export.LayerWriter;
import org.lifecircle.io.export.OutputGeometries;
import org.lifecircle.io.files.AtomicFiles;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerField;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKTWriter;

/**
 * CSV with a header of full field names, then the geometry: lon and lat (x and y in a projected
 * output system) of the point, or of a point inside each polygon (a label point, so that the
 * file still opens as points), and with the WKT option a wkt column holding the whole geometry.
 * UTF-8 with a byte-order mark (Excel on Chinese Windows needs it to see UTF-8), or GBK without.
 * Text fields go through {@link CsvCells} (formula-like text is neutralised); numbers are written
 * as numbers, REAL ones with the field's decimals. {@link #writeTable} writes the same cells
 * without geometry and byte-order mark: coverage.csv and districts.csv.
 */
public final class CsvLayerWriter implements LayerWriter {

    /** The layer's fields as a table (UTF-8, no byte-order mark, no geometry), written atomically. */
    public static void writeTable(Layer layer, Path file) {
        AtomicFiles.writeText(file, out -> {
            out.write(String.join(",", layer.fields().stream().map(LayerField::name).toList()));
            out.write('\n');
            StringBuilder line = new StringBuilder(256);
            for (var feature : layer.features()) {
                line.setLength(0);
                appendValues(line, layer, feature.values());
                line.setLength(line.length() - 1);  // the last separator
                out.append(line).append('\n');
            }
        });
    }

    @Override
    public void write(Layer layer, ExportOptions options, Path file) throws IOException {
        List<Geometry> geometries = OutputGeometries.of(layer, options);
        int decimals = OutputGeometries.decimals(options);
        boolean degrees = options.crs().isGeographic();
        WKTWriter wkt = new WKTWriter();
        wkt.setPrecisionModel(new PrecisionModel(Math.pow(10, decimals)));
        // the stream is its own resource: a writer whose last flush fails (full disk) may not close it
        try (OutputStream stream = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
             Writer out = new BufferedWriter(new OutputStreamWriter(stream, options.charset().newEncoder()
                     .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16)) {
            if (!options.isGbk()) {
                out.write('\uFEFF');
            }
            out.write(header(layer, degrees, options.wkt()));
            StringBuilder line = new StringBuilder(256);
            for (int i = 0; i < geometries.size(); i++) {
                line.setLength(0);
                appendValues(line, layer, layer.features().get(i).values());
                Coordinate point = labelPoint(geometries.get(i));
                Decimals.append(line, point.x, decimals).append(',');
                Decimals.append(line, point.y, decimals);
                if (options.wkt()) {
                    line.append(',').append(CsvCells.text(wkt.write(geometries.get(i))));
                }
                out.append(line).append('\n');
            }
        }
    }

    private static String header(Layer layer, boolean degrees, boolean withWkt) {
        StringBuilder header = new StringBuilder();
        for (LayerField field : layer.fields()) {
            header.append(field.name()).append(',');
        }
        header.append(degrees ? "lon,lat" : "x,y");
        return header.append(withWkt ? ",wkt\n" : "\n").toString();
    }

    private static void appendValues(StringBuilder line, Layer layer, List<Object> values) {
        for (int f = 0; f < layer.fields().size(); f++) {
            Object value = values.get(f);
            if (value != null) {
                LayerField field = layer.fields().get(f);
                switch (field.type()) {
                    case TEXT -> line.append(CsvCells.text(value.toString()));
                    case INTEGER -> line.append(((Number) value).longValue());
                    case REAL -> Decimals.append(line, ((Number) value).doubleValue(), field.decimals());
                    case BOOLEAN -> line.append(value);
                }
            }
            line.append(',');
        }
    }

    /** The point itself, or a point inside the polygon. */
    private static Coordinate labelPoint(Geometry geometry) {
        return geometry.getDimension() == 0 ? geometry.getCoordinate() : new InteriorPointArea(geometry).getInteriorPoint();
    }
}
