package org.lifecircle.io.export;

import java.nio.charset.Charset;
import java.util.Locale;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FromWgs84;
import org.lifecircle.io.features.TextCharsets;
import org.lifecircle.model.InvalidInputException;

/**
 * How to write: the output system (an EPSG code) and the text encoding.
 *
 * @param epsgCode output system: 4326 (WGS84), 4490 (CGCS2000) or any EPSG code, e.g. a
 *     CGCS2000 Gauss-Kruger zone
 * @param encoding UTF-8, or GBK for older desktop GIS
 */
public record ExportOptions(int epsgCode, Charset encoding) {

    public static ExportOptions defaults() {
        return new ExportOptions(CrsSpec.EPSG_WGS84, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * @param crs wgs84, cgcs2000, gk (the CGCS2000 Gauss-Kruger zone of the data's centre), or
     *     epsg:NNNN / EPSG:NNNN
     * @param centreLon the data's centre longitude, for gk
     */
    public static int parseCrs(String crs, double centreLon) {
        String text = crs == null ? "wgs84" : crs.strip().toLowerCase(Locale.ROOT);
        switch (text) {
            case "wgs84":
                return CrsSpec.EPSG_WGS84;
            case "cgcs2000":
                return CrsSpec.EPSG_CGCS2000;
            case "gk":
                return FromWgs84.gaussKrugerZoneFor(centreLon);
            default:
                if (text.matches("epsg:\\d{4,6}")) {
                    return Integer.parseInt(text.substring(5));
                }
                throw new InvalidInputException("unknown CRS '" + crs + "' (known: wgs84, cgcs2000, gk for the"
                        + " CGCS2000 Gauss-Kruger zone of the data, epsg:NNNN)");
        }
    }

    public static Charset parseEncoding(String encoding) {
        String text = encoding == null ? "utf-8" : encoding.strip().toLowerCase(Locale.ROOT);
        if (text.equals("utf-8") || text.equals("utf8")) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
        if (text.equals("gbk") || text.equals("cp936")) {
            return TextCharsets.GBK;
        }
        throw new InvalidInputException("unknown encoding '" + encoding + "' (known: utf-8, gbk)");
    }
}
