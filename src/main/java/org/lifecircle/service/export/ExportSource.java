package org.lifecircle.service.export;

import java.util.List;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.network.Snapper;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.coverage.UnitReport;
import org.lifecircle.results.RunLayers;
import org.lifecircle.results.UnitLayers;
import org.lifecircle.service.coverage.CoverageReport;
import org.lifecircle.service.map.MapService;
import org.lifecircle.service.runs.RunReplay;
import org.lifecircle.store.Store;

/**
 * What an export reads: a coverage run's results and the walking graph they were computed on (for
 * catchments), from a report held in memory, a stored run replayed, or what the map shows.
 *
 * @param result per area and category coverage, the facilities and the profile applied
 * @param assignment the districts and which district each area lies in
 * @param districtRows the per-district summary
 * @param graph the walking graph
 * @param maxSnapMeters the snapping limit the run used (catchments snap the facilities again)
 * @param run the stored run's id; empty otherwise
 * @param layers the run's layers
 * @param unitLayers the run's unit layers (units, tiers); empty when it had no unit levels
 */
public record ExportSource(CoverageResult result, DistrictAssignment assignment, List<DistrictCoverage> districtRows,
                           WalkingGraph graph, double maxSnapMeters, String run, RunLayers layers,
                           UnitLayers unitLayers) {

    /** A source without unit levels (what the map shows today). */
    public ExportSource(CoverageResult result, DistrictAssignment assignment, List<DistrictCoverage> districtRows,
                        WalkingGraph graph, double maxSnapMeters, String run, RunLayers layers) {
        this(result, assignment, districtRows, graph, maxSnapMeters, run, layers,
                UnitLayers.of(UnitReport.none(), result.profile()));
    }

    /** A coverage report held in memory and its graph. */
    public static ExportSource of(CoverageReport report, WalkingGraph graph) {
        Object used = report.summary().inputs().get("maxSnapMeters");
        double maxSnap = used instanceof Number n ? n.doubleValue() : Snapper.DEFAULT_MAX_SNAP_METERS;
        return new ExportSource(report.result(), report.assignment(), report.districtRows(), graph, maxSnap, "",
                report.layers(), report.unitLayers());
    }

    /** A stored run (the dataset's latest when none is named), replayed on the dataset version it was made on. */
    static ExportSource replay(Store store, ExportRequest request) {
        RunReplay.Replayed replayed = RunReplay.of(store, request.dataset(), request.run());
        ExportSource source = of(replayed.report(), replayed.graph());
        return new ExportSource(source.result(), source.assignment(), source.districtRows(), source.graph(),
                source.maxSnapMeters(), replayed.run().id(), source.layers(), source.unitLayers());
    }

    /** What the map shows of a dataset. */
    static ExportSource of(MapService.Snapshot snapshot) {
        return new ExportSource(snapshot.result(), snapshot.assignment(), snapshot.districtRows(), snapshot.graph(),
                Snapper.DEFAULT_MAX_SNAP_METERS, "", snapshot.layers(), snapshot.unitLayers());
    }
}
