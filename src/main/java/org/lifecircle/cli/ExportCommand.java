package org.lifecircle.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.lifecircle.model.Category;
import org.lifecircle.service.ExportJob;
import org.lifecircle.service.ExportRequest;
import org.lifecircle.service.ExportSummary;
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
    String layer;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "shp (a .zip), gpkg, geojson or csv.")
    String format;

    @Option(names = "--crs", paramLabel = "CRS", defaultValue = "wgs84",
            description = "wgs84, cgcs2000, gk-auto (also gk: the CGCS2000 3-degree Gauss-Kruger zone of the data)"
                    + " or epsg:NNNN (default: ${DEFAULT-VALUE}).")
    String crs;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "utf-8",
            description = "Text encoding: utf-8 or gbk (cp936, for older desktop GIS) (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--form", paramLabel = "FORM", defaultValue = "dissolve",
            description = "Catchments: overlap, dissolve or split (default: ${DEFAULT-VALUE}).")
    String form;

    @Option(names = "--category", paramLabel = "C", description = "Catchments: only this category.")
    String category;

    @Option(names = "--bands", split = ",", paramLabel = "MINUTES",
            description = "Catchments: nested bands in minutes, e.g. 5,10,15 (default: each category's threshold).")
    List<Double> bands = new ArrayList<>();

    @Option(names = "--speed", paramLabel = "M_PER_S",
            description = "Catchments: walking speed for --bands (default: the profile's speed of the category).")
    Double speed;

    @Option(names = "--wkt", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "CSV: add the geometry as WKT (default); --no-wkt leaves it out.")
    boolean wkt;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ExportRequest request = new ExportRequest(dataset, Optional.ofNullable(run), layer, format, crs, encoding, form,
                Optional.ofNullable(category).map(Category::of), out)
                .withBands(bands, speed == null ? OptionalDouble.empty() : OptionalDouble.of(speed)).withWkt(wkt);
        try (Store store = StoreAccess.open(spec)) {
            ExportSummary summary = new ExportJob(store, request).run();
            spec.commandLine().getOut().printf("export: %d features of run %s in EPSG:%d; wrote %s%n",
                    summary.features(), summary.run(), summary.epsgCode(), out);
        }
        return 0;
    }
}
