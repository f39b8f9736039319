package org.lifecircle.io.export;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.lifecircle.crs.FromWgs84;
import org.lifecircle.model.InvalidInputException;

/**
 * How a layer is written.
 *
 * @param format the file format
 * @param crs the conversion from WGS84 to the output system
 * @param charset text encoding of the Shapefile's .dbf and of CSV: UTF-8, or GBK for older
 *     desktop GIS (GeoPackage and GeoJSON are always UTF-8)
 * @param wkt for CSV: add the geometry as a WKT column (polygons otherwise get a label point)
 */
public record ExportOptions(ExportFormat format, FromWgs84 crs, Charset charset, boolean wkt) {

    /** GBK as Java names it; cp936 is the same code page. */
    public static final Charset GBK = Charset.forName("GBK");

    public ExportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(charset, "charset");
    }

    /** Parses utf-8 (utf8) or gbk (cp936, 936); anything else is an error naming the two. */
    public static Charset parseEncoding(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "gbk", "cp936", "936" -> GBK;
            default -> throw new InvalidInputException("unknown encoding '" + text + "'; use utf-8 (default) or"
                    + " gbk (also written cp936)");
        };
    }

    public boolean isGbk() {
        return charset.equals(GBK);
    }
}
