package org.lifecircle.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.catchment.CatchmentPolygons;

/**
 * What to export, as a user gives it (the CLI's and the REST API's options, unparsed: the job
 * checks every value before it computes or writes anything).
 *
 * @param layer facilities, coverage, gaps, catchments or districts
 * @param format shp, gpkg, geojson or csv
 * @param crs wgs84, cgcs2000, epsg:NNNN or gk-auto
 * @param encoding utf-8 or gbk (Shapefile .dbf and CSV)
 * @param outFile the file to write (.zip for shp)
 * @param form catchments only: overlap, dissolve or split
 * @param category catchments only: one category id; empty for every category of the profile
 * @param bandMinutes catchments only: nested bands in minutes (e.g. 5, 10, 15); empty: one band at
 *     each category's threshold
 * @param speedMetersPerSecond the walking speed that turns band minutes into metres; empty: the
 *     category rule's speed
 * @param lateralOffsetMeters catchments only: reach from a path to a door
 * @param wkt CSV only: add a WKT geometry column
 */
public record ExportRequest(String layer, String format, String crs, String encoding, Path outFile, String form,
                            Optional<String> category, List<Double> bandMinutes, OptionalDouble speedMetersPerSecond,
                            double lateralOffsetMeters, boolean wkt) {

    public ExportRequest {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(outFile, "outFile");
        bandMinutes = List.copyOf(bandMinutes);
    }

    /** A layer in a format to a file: WGS84, UTF-8, dissolved catchments of every category, no WKT. */
    public static ExportRequest of(String layer, String format, Path outFile) {
        return new ExportRequest(layer, format, "wgs84", "utf-8", outFile, "dissolve", Optional.empty(), List.of(),
                OptionalDouble.empty(), CatchmentPolygons.DEFAULT_LATERAL_OFFSET_METERS, false);
    }

    public ExportRequest withCrs(String value) {
        return new ExportRequest(layer, format, value, encoding, outFile, form, category, bandMinutes,
                speedMetersPerSecond, lateralOffsetMeters, wkt);
    }

    public ExportRequest withEncoding(String value) {
        return new ExportRequest(layer, format, crs, value, outFile, form, category, bandMinutes, speedMetersPerSecond,
                lateralOffsetMeters, wkt);
    }

    public ExportRequest withCatchments(String formValue, Optional<String> categoryValue) {
        return new ExportRequest(layer, format, crs, encoding, outFile, formValue, categoryValue, bandMinutes,
                speedMetersPerSecond, lateralOffsetMeters, wkt);
    }

    public ExportRequest withBands(List<Double> minutes, OptionalDouble speed) {
        return new ExportRequest(layer, format, crs, encoding, outFile, form, category, minutes, speed,
                lateralOffsetMeters, wkt);
    }

    public ExportRequest withWkt(boolean value) {
        return new ExportRequest(layer, format, crs, encoding, outFile, form, category, bandMinutes,
                speedMetersPerSecond, lateralOffsetMeters, value);
    }
}
