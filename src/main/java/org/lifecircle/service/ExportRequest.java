package org.lifecircle.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.catchment.CatchmentPolygons;
import org.lifecircle.model.Category;

/**
 * What to export and how, as a user gives it (the CLI's and the REST API's options, unparsed: the
 * job checks every value before it computes or writes anything).
 *
 * @param dataset the stored dataset (for exports of a stored run; empty for a run held in memory)
 * @param run a saved run of it; empty: the dataset's latest run
 * @param layer facilities, coverage, gaps, catchments or districts
 * @param format shp, gpkg, geojson or csv
 * @param crs wgs84, cgcs2000, epsg:NNNN or gk-auto (also gk)
 * @param encoding utf-8 or gbk (Shapefile .dbf and CSV)
 * @param form catchments only: overlap, dissolve or split (null: dissolve)
 * @param category catchments only: one category; empty for every category of the profile
 * @param out the file to write (.zip for shp)
 * @param bandMinutes catchments only: nested bands in minutes (e.g. 5, 10, 15); empty: one band at
 *     each category's threshold
 * @param speedMetersPerSecond the walking speed that turns band minutes into metres; empty: the
 *     category rule's speed
 * @param lateralOffsetMeters catchments only: reach from a path to a door
 * @param wkt CSV only: add a WKT geometry column (the default)
 */
public record ExportRequest(String dataset, Optional<String> run, String layer, String format, String crs,
                            String encoding, String form, Optional<Category> category, Path out,
                            List<Double> bandMinutes, OptionalDouble speedMetersPerSecond, double lateralOffsetMeters,
                            boolean wkt) {

    public ExportRequest {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        run = run == null ? Optional.empty() : run;
        category = category == null ? Optional.empty() : category;
        bandMinutes = List.copyOf(bandMinutes);
    }

    /** A stored run's layer with the default catchment settings (one band per threshold, 40 m offset, CSV with WKT). */
    public ExportRequest(String dataset, Optional<String> run, String layer, String format, String crs,
                         String encoding, String form, Optional<Category> category, Path out) {
        this(dataset, run, layer, format, crs, encoding, form, category, out, List.of(), OptionalDouble.empty(),
                CatchmentPolygons.DEFAULT_LATERAL_OFFSET_METERS, true);
    }

    /** A layer of a run held in memory, in a format, to a file: WGS84, UTF-8, dissolved catchments, CSV with WKT. */
    public static ExportRequest of(String layer, String format, Path out) {
        return new ExportRequest("", Optional.empty(), layer, format, "wgs84", "utf-8", "dissolve", Optional.empty(),
                out);
    }

    public ExportRequest withCrs(String value) {
        return new ExportRequest(dataset, run, layer, format, value, encoding, form, category, out, bandMinutes,
                speedMetersPerSecond, lateralOffsetMeters, wkt);
    }

    public ExportRequest withEncoding(String value) {
        return new ExportRequest(dataset, run, layer, format, crs, value, form, category, out, bandMinutes,
                speedMetersPerSecond, lateralOffsetMeters, wkt);
    }

    public ExportRequest withCatchments(String formValue, Optional<Category> categoryValue) {
        return new ExportRequest(dataset, run, layer, format, crs, encoding, formValue, categoryValue, out, bandMinutes,
                speedMetersPerSecond, lateralOffsetMeters, wkt);
    }

    public ExportRequest withBands(List<Double> minutes, OptionalDouble speed) {
        return new ExportRequest(dataset, run, layer, format, crs, encoding, form, category, out, minutes, speed,
                lateralOffsetMeters, wkt);
    }

    public ExportRequest withWkt(boolean value) {
        return new ExportRequest(dataset, run, layer, format, crs, encoding, form, category, out, bandMinutes,
                speedMetersPerSecond, lateralOffsetMeters, value);
    }
}
