package org.lifecircle.io.export;

import java.util.Arrays;
import java.util.Locale;
import org.lifecircle.model.InvalidInputException;

/** The file formats a layer can be exported to. */
public enum ExportFormat {
    SHP("shp", ".zip"), GPKG("gpkg", ".gpkg"), GEOJSON("geojson", ".geojson"), CSV("csv", ".csv");

    private final String id;
    private final String extension;

    ExportFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    /** The file name ending this format is written with (a Shapefile comes zipped). */
    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown format '" + text + "' (known: shp, gpkg, geojson, csv)"));
    }
}
