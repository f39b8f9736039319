package org.lifecircle.io.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lifecircle.model.InvalidInputException;

/** The export formats, with the file extensions their output must have. */
public enum ExportFormat {
    SHAPEFILE("shp", List.of(".zip")),
    GEOPACKAGE("gpkg", List.of(".gpkg")),
    GEOJSON("geojson", List.of(".geojson", ".json")),
    CSV("csv", List.of(".csv"));

    private final String id;
    private final List<String> extensions;

    ExportFormat(String id, List<String> extensions) {
        this.id = id;
        this.extensions = extensions;
    }

    /** The name users give: shp, gpkg, geojson or csv. */
    public String id() {
        return id;
    }

    /** Accepted endings of the output file name; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    /** Parses shp, gpkg, geojson or csv (any case); anything else is an error listing them. */
    public static ExportFormat parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown format '" + text + "'; use "
                        + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "))));
    }
}
