package org.lifecircle.service.export;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.io.export.ExportFormat;
import org.lifecircle.options.Defaults;
import org.lifecircle.results.LayerKind;

/**
 * What to export and how, as typed values (the front ends parse the user's words with
 * {@link org.lifecircle.options.OptionTypes}).
 *
 * @param dataset the stored dataset (for exports of a stored run; empty for a run held in memory)
 * @param run a saved run of it; empty: the dataset's latest run
 * @param layer which layer
 * @param format the file format
 * @param crs the output system (gk-auto: the Gauss-Kruger zone of the data)
 * @param encoding UTF-8 or GBK (Shapefile .dbf and CSV)
 * @param catchments how the catchments layer is made
 * @param out the file to write (.zip for shp)
 * @param wkt CSV only: add a WKT geometry column
 */
public record ExportRequest(String dataset, Optional<String> run, LayerKind layer, ExportFormat format, CrsSpec crs,
                            Charset encoding, CatchmentRequest catchments, Path out, boolean wkt) {

    public ExportRequest {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(catchments, "catchments");
        Objects.requireNonNull(out, "out");
        run = run == null ? Optional.empty() : run;
    }

    /** A layer of a run held in memory, in a format, to a file, with the defaults for the rest. */
    public static ExportRequest of(LayerKind layer, ExportFormat format, Path out) {
        return new ExportRequest("", Optional.empty(), layer, format, Defaults.CRS, Defaults.ENCODING,
                CatchmentRequest.defaults(), out, Defaults.CSV_WKT);
    }

    /** A stored run's layer (the dataset's latest run when none is named). */
    public static ExportRequest ofStoredRun(String dataset, Optional<String> run, LayerKind layer, ExportFormat format,
                                            Path out) {
        return new ExportRequest(dataset, run, layer, format, Defaults.CRS, Defaults.ENCODING,
                CatchmentRequest.defaults(), out, Defaults.CSV_WKT);
    }

    public ExportRequest withCrs(CrsSpec value) {
        return new ExportRequest(dataset, run, layer, format, value, encoding, catchments, out, wkt);
    }

    public ExportRequest withEncoding(Charset value) {
        return new ExportRequest(dataset, run, layer, format, crs, value, catchments, out, wkt);
    }

    public ExportRequest withCatchments(CatchmentRequest value) {
        return new ExportRequest(dataset, run, layer, format, crs, encoding, value, out, wkt);
    }

    public ExportRequest withWkt(boolean value) {
        return new ExportRequest(dataset, run, layer, format, crs, encoding, catchments, out, value);
    }
}
