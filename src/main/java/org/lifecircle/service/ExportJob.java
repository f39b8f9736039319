package org.lifecircle.service;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.lifecircle.catchment.CatchmentForm;
import org.lifecircle.catchment.PlanarNetwork;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FromWgs84;
import org.lifecircle.io.export.CatchmentLayer;
import org.lifecircle.io.export.CoverageLayers;
import org.lifecircle.io.export.ExportCrs;
import org.lifecircle.io.export.ExportFiles;
import org.lifecircle.io.export.ExportFormat;
import org.lifecircle.io.export.ExportOptions;
import org.lifecircle.io.export.Layer;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.network.Snapper;
import org.lifecircle.network.WalkingGraph;
import org.locationtech.jts.geom.Envelope;

/**
 * The export use case: one layer of a coverage run (held in memory) written as Shapefile zip,
 * GeoPackage, GeoJSON or CSV in the requested coordinate system and text encoding. Every option
 * and the output path are checked before anything is computed; the file is written to a temporary
 * file beside the target and renamed at the end, so a failure leaves nothing behind.
 */
public final class ExportJob {

    private final CoverageReport report;
    private final WalkingGraph graph;
    private final ExportRequest request;
    private PlanarNetwork network;

    /**
     * @param report the coverage run
     * @param graph the walking graph the run used (for catchments)
     * @param request what to export
     */
    public ExportJob(CoverageReport report, WalkingGraph graph, ExportRequest request) {
        this.report = report;
        this.graph = graph;
        this.request = request;
    }

    /** Reuses a planar network already built for the graph (it takes a second or two on a city). */
    public ExportJob planarNetwork(PlanarNetwork value) {
        this.network = value;
        return this;
    }

    public ExportSummary run() {
        ExportLayerKind kind = ExportLayerKind.parse(request.layer());
        ExportFormat format = ExportFormat.parse(request.format());
        ExportCrs crs = ExportCrs.parse(request.crs());
        Charset charset = ExportOptions.parseEncoding(request.encoding());
        CatchmentForm form = CatchmentForm.parse(request.form());
        Optional<Category> category = request.category().map(Category::getById);
        ExportFiles.checkTarget(request.outFile(), format);
        Layer layer = layer(kind, form, category);
        Envelope extent = layer.lonLatEnvelope();
        CrsSpec target = crs.resolve(extent.isNull() ? 0 : extent.centre().x);
        ExportOptions options = new ExportOptions(format, FromWgs84.to(target), charset, request.wkt());
        ExportFiles.write(layer, options, request.outFile());
        return new ExportSummary(request.outFile(), layer.name(), format.id(), layer.features().size(),
                "epsg:" + target.epsgCode(), charset.equals(StandardCharsets.UTF_8) ? "utf-8" : "gbk");
    }

    private Layer layer(ExportLayerKind kind, CatchmentForm form, Optional<Category> category) {
        return switch (kind) {
            case FACILITIES -> CoverageLayers.facilities(report.result());
            case COVERAGE -> CoverageLayers.coverage(report.result(), report.assignment(), false);
            case GAPS -> CoverageLayers.coverage(report.result(), report.assignment(), true);
            case DISTRICTS -> districts();
            case CATCHMENTS -> CatchmentLayer.of(new ExportCatchments(report.result(), network(), maxSnapMeters())
                    .build(form, category, request.bandMinutes(), request.speedMetersPerSecond(),
                            request.lateralOffsetMeters()));
        };
    }

    private Layer districts() {
        if (report.assignment().districts().isEmpty()) {
            throw new InvalidInputException("this run has no districts to export; run coverage with --districts FILE");
        }
        return CoverageLayers.districts(report.districtRows(), report.assignment(),
                report.result().profile().categories());
    }

    private PlanarNetwork network() {
        if (network == null) {
            network = PlanarNetwork.of(graph);
        }
        return network;
    }

    /** The snapping limit the coverage run used. */
    private double maxSnapMeters() {
        Object used = report.summary().inputs().get("maxSnapMeters");
        return used instanceof Number n ? n.doubleValue() : Snapper.DEFAULT_MAX_SNAP_METERS;
    }
}
