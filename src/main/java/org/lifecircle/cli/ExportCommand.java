package org.lifecircle.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.lifecircle.catchment.CatchmentForm;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.io.export.ExportFormat;
import org.lifecircle.model.Category;
import org.lifecircle.options.Defaults;
import org.lifecircle.results.LayerKind;
import org.lifecircle.service.export.CatchmentRequest;
import org.lifecircle.service.export.ExportJob;
import org.lifecircle.service.export.ExportRequest;
import org.lifecircle.service.export.ExportSummary;
import org.lifecircle.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lifecircle export}: one layer of a dataset's run as Shapefile, GeoPackage, GeoJSON or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a layer of a stored dataset's run (default: its latest run).")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "The stored dataset.")
    String dataset;

    @Option(names = "--run", paramLabel = "RUN", description = "A run of that dataset (default: its latest).")
    String run;

    @Option(names = "--layer", required = true, paramLabel = "LAYER",
            description = "facilities, coverage (all areas), gaps (uncovered areas), catchments or districts.")
    LayerKind layer;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "shp (a .zip), gpkg, geojson or csv.")
    ExportFormat format;

    @Option(names = "--crs", paramLabel = "CRS", defaultValue = Defaults.CRS_TEXT,
            description = "wgs84, cgcs2000, gk-auto (also gk: the CGCS2000 3-degree Gauss-Kruger zone of the data)"
                    + " or epsg:NNNN, as after an input file's name (default: ${DEFAULT-VALUE}).")
    CrsSpec crs;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = Defaults.ENCODING_TEXT,
            description = "Text encoding: utf-8 or gbk (cp936, for older desktop GIS) (default: ${DEFAULT-VALUE}).")
    Charset encoding;

    @Option(names = "--form", paramLabel = "FORM", defaultValue = Defaults.FORM_TEXT,
            description = "Catchments: overlap, dissolve or split (default: ${DEFAULT-VALUE}).")
    CatchmentForm form;

    @Option(names = "--category", paramLabel = "C", description = "Catchments: only this category.")
    Category category;

    @Option(names = "--bands", split = ",", paramLabel = "MINUTES",
            description = "Catchments: nested bands in minutes, e.g. 5,10,15 (default: each category's threshold).")
    List<Double> bands = new ArrayList<>();

    @Option(names = "--speed", paramLabel = "M_PER_S",
            description = "Catchments: walking speed for --bands (default: the profile's speed of the category).")
    Double speed;

    @Option(names = "--wkt", negatable = true, defaultValue = "" + Defaults.CSV_WKT, fallbackValue = "true",
            description = "CSV: add the geometry as WKT (default); --no-wkt leaves it out.")
    boolean wkt;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ExportRequest request = ExportRequest.ofStoredRun(dataset, Optional.ofNullable(run), layer, format, out)
                .withCrs(crs).withEncoding(encoding).withWkt(wkt)
                .withCatchments(CatchmentRequest.defaults().with(form, Optional.ofNullable(category))
                        .withBands(bands, speed == null ? OptionalDouble.empty() : OptionalDouble.of(speed)));
        try (Store store = StoreAccess.open(spec)) {
            ExportSummary summary = new ExportJob(store, request).run();
            spec.commandLine().getOut().printf("export: %d features of run %s in EPSG:%d; wrote %s%n",
                    summary.features(), summary.run(), summary.epsgCode(), out);
        }
        return 0;
    }
}
