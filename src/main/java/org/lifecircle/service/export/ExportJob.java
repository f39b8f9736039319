package org.lifecircle.service.export;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.lifecircle.catchment.CatchmentForm;
import org.lifecircle.catchment.PlanarNetwork;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FromWgs84;
import org.lifecircle.geo.LonLatBounds;
import org.lifecircle.io.export.ExportFormat;
import org.lifecircle.io.export.ExportOptions;
import org.lifecircle.io.formats.ExportFiles;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.results.CatchmentLayer;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerKind;
import org.lifecircle.results.RunLayers;
import org.lifecircle.results.UnitLayers;
import org.lifecircle.service.coverage.CoverageReport;
import org.lifecircle.store.Store;
import org.locationtech.jts.geom.Envelope;

/**
 * The export use case ({@code lifecircle export}, the REST API's file exports): one layer of a
 * coverage run written as Shapefile zip, GeoPackage, GeoJSON or CSV in the requested coordinate
 * system and text encoding. The run is a stored one (replayed, see {@link RunReplay}), one held in
 * memory, or what the map shows. Every option and the output path are checked before anything is
 * computed; the file is written to a temporary file beside the target and renamed at the end, so a
 * failure leaves nothing behind.
 */
public final class ExportJob {

    private final Supplier<ExportSource> source;
    private final ExportRequest request;
    private PlanarNetwork network;

    /** A stored dataset's run: the request's run, or the dataset's latest. */
    public ExportJob(Store store, ExportRequest request) {
        this(() -> ExportSource.replay(store, request), request);
    }

    /** A coverage run held in memory, with the graph it used. */
    public ExportJob(CoverageReport report, WalkingGraph graph, ExportRequest request) {
        this(() -> ExportSource.of(report, graph), request);
    }

    /** A run from anywhere; the source is asked for only after the options are checked. */
    public ExportJob(Supplier<ExportSource> source, ExportRequest request) {
        this.source = source;
        this.request = request;
    }

    /** Uses a planar network already built for the graph (else the shared one of {@link PlanarNetworks}). */
    public ExportJob planarNetwork(PlanarNetwork value) {
        this.network = value;
        return this;
    }

    public ExportSummary run() {
        LayerKind kind = request.layer();
        ExportFormat format = request.format();
        CrsSpec crs = request.crs();
        Charset charset = request.encoding();
        ExportFiles.checkTarget(request.out(), format);
        ExportSource data = source.get();
        Layer layer = layer(kind, request.catchments(), data);
        CrsSpec target = crs.resolve(centreLongitude(layer, data.graph()));
        ExportOptions options = new ExportOptions(format, FromWgs84.to(target), charset, request.wkt());
        ExportFiles.write(layer, options, request.out());
        return new ExportSummary(data.run(), request.out(), layer.name(), format.id(), layer.features().size(),
                target.epsgCode(), charset.equals(StandardCharsets.UTF_8) ? "utf-8" : "gbk");
    }

    private Layer layer(LayerKind kind, CatchmentRequest catchments, ExportSource data) {
        return switch (kind) {
            case FACILITIES -> data.layers().facilities();
            case COVERAGE -> data.layers().areas();
            case GAPS -> data.layers().gaps();
            case DISTRICTS -> districts(data);
            case UNITS -> units(data).units();
            case TIERS -> units(data).tiers();
            case CATCHMENTS -> CatchmentLayer.of(new ExportCatchments(data.result(), network(data.graph()),
                    data.maxSnapMeters()).build(catchments.form(), catchments.category(), catchments.bandMinutes(),
                    catchments.speedMetersPerSecond(), catchments.lateralOffsetMeters()));
        };
    }

    private static Layer districts(ExportSource data) {
        if (data.assignment().districts().isEmpty()) {
            throw new InvalidInputException("this run has no districts to export; give district boundaries to the"
                    + " coverage run (--districts FILE)");
        }
        return data.layers().districts();
    }

    private static UnitLayers units(ExportSource data) {
        if (!data.unitLayers().any()) {
            throw new InvalidInputException("this run has no units to export; give unit boundaries to the coverage run"
                    + " (--units LEVEL=FILE or --districts FILE)");
        }
        return data.unitLayers();
    }

    private PlanarNetwork network(WalkingGraph graph) {
        if (network == null || network.graph() != graph) {
            network = PlanarNetworks.of(graph);
        }
        return network;
    }

    /** The centre of the layer (for gk-auto), or of the graph when the layer is empty. */
    private static double centreLongitude(Layer layer, WalkingGraph graph) {
        Envelope extent = layer.lonLatEnvelope();
        if (!extent.isNull()) {
            return extent.centre().x;
        }
        LonLatBounds bounds = graph.edgeIndex().bounds();
        return (bounds.minLon() + bounds.maxLon()) / 2;
    }
}
