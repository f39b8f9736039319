package org.lifecircle.service;

import org.lifecircle.io.export.ExportFormat;
import org.lifecircle.io.export.ExportLayer;
import org.lifecircle.io.export.ExportOptions;
import org.lifecircle.io.export.LayerFiles;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.store.Store;

/**
 * {@code lifecircle export}: one layer of a dataset's run written as Shapefile (zip), GeoPackage,
 * GeoJSON or CSV, in the requested coordinate system and encoding. Every option is checked
 * before anything is computed, and the file appears only when complete.
 */
public final class ExportJob {

    private final Store store;
    private final ExportRequest request;

    public ExportJob(Store store, ExportRequest request) {
        this.store = store;
        this.request = request;
    }

    /** Writes the file; returns the run it came from and the number of features. */
    public record Outcome(String run, int features, int epsgCode) {
    }

    public Outcome run() {
        String layerName = ExportLayers.checkName(request.layer());
        ExportFormat format = ExportFormat.parse(request.format());
        var encoding = ExportOptions.parseEncoding(request.encoding());
        ExportOptions.parseCrs(request.crs(), 117); // fail early on a malformed CRS, before any work
        LayerFiles.checkTarget(request.out());
        LayerFiles.checkExtension(request.out(), format);
        RunReplay.Replayed replayed = RunReplay.of(store, request.dataset(), request.run());
        ExportLayer layer = layer(layerName, replayed);
        int epsg = ExportOptions.parseCrs(request.crs(), centreLon(replayed.graph()));
        LayerFiles.write(layer, format, new ExportOptions(epsg, encoding), request.out());
        return new Outcome(replayed.run().id(), layer.features().size(), epsg);
    }

    private ExportLayer layer(String name, RunReplay.Replayed replayed) {
        CoverageReport report = replayed.report();
        return switch (name) {
            case "facilities" -> ExportLayers.facilities(report.result().facilities());
            case "coverage" -> ExportLayers.areas(report.result(), report.assignment(), false);
            case "gaps" -> ExportLayers.areas(report.result(), report.assignment(), true);
            case "districts" -> ExportLayers.districts(report.districtRows(), report.assignment(),
                    report.result().profile().categories());
            default -> Catchments.layer(replayed.graph(), report.result(), request.form(), request.category());
        };
    }

    private static double centreLon(WalkingGraph graph) {
        var b = graph.edgeIndex().bounds();
        return (b.minLon() + b.maxLon()) / 2;
    }
}
