package org.lifecircle.service.coverage;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.io.csv.CsvLayerWriter;
import org.lifecircle.io.files.StagedFolder;
import org.lifecircle.io.geojson.GeoJsonLayerWriter;
import org.lifecircle.io.report.HtmlReportWriter;
import org.lifecircle.io.report.ReportSection;
import org.lifecircle.results.RunLayers;
import org.lifecircle.service.JsonFiles;
import org.lifecircle.service.OutputFolder;

/**
 * Writes a coverage report into a folder: coverage.csv, districts.csv, gaps.geojson,
 * summary.json and report.html (and units.csv, tiers.csv when units were given), as one set (all new or, when writing fails, all as they were).
 * Each file is an encoding of the report's {@link RunLayers}: the same fields and values in every one.
 */
public final class CoverageOutputs {

    private CoverageOutputs() {
    }

    public static void write(Path folder, CoverageReport report) {
        OutputFolder.writeAll(folder, into -> writeRun(into, report));
    }

    /** The report's files written into a staging folder of the output folder, to be published or dropped. */
    public static StagedFolder stage(Path folder, CoverageReport report) {
        return OutputFolder.stage(folder, into -> writeRun(into, report));
    }

    private static void writeRun(Path folder, CoverageReport report) {
        writeFiles(folder, report, report.layers());
        writeUnits(folder, report);
    }

    /** units.csv and tiers.csv, when the run was given any unit level (districts or --units). */
    static void writeUnits(Path folder, CoverageReport report) {
        if (report.unitLayers().any()) {
            CsvLayerWriter.writeTable(report.unitLayers().units().withoutGeometry(), folder.resolve("units.csv"));
            CsvLayerWriter.writeTable(report.unitLayers().tiers().withoutGeometry(), folder.resolve("tiers.csv"));
        }
    }

    /** Writes the report's files with these layers (all of the run's, or one district's) into an existing folder. */
    static void writeFiles(Path folder, CoverageReport report, RunLayers layers) {
        CsvLayerWriter.writeTable(layers.areas().withoutGeometry(), folder.resolve("coverage.csv"));
        CsvLayerWriter.writeTable(layers.districtRows(), folder.resolve("districts.csv"));
        GeoJsonLayerWriter.writeWgs84(layers.gaps(), folder.resolve("gaps.geojson"));
        JsonFiles.write(folder.resolve("summary.json"), report.summary());
        HtmlReportWriter.write(folder.resolve("report.html"), report.result(), layers, parameters(report),
                report.unitLayers());
    }

    /** report.html of the report with sections of other results (suggest's sites) after its parameters. */
    public static void writeReport(Path file, CoverageReport report, List<ReportSection> sections) {
        HtmlReportWriter.write(file, report.result(), report.layers(), parameters(report), report.unitLayers(), sections);
    }

    private static Map<String, String> parameters(CoverageReport report) {
        Map<String, String> parameters = new LinkedHashMap<>();
        report.summary().inputs().forEach((key, value) -> parameters.put(key, String.valueOf(value)));
        parameters.put("searchLimitMeters", String.valueOf(report.result().searchLimitMeters()));
        parameters.put("population", "estimated from floor area at " + report.summary().population().personsPerSquareMeter()
                + " persons/m2 (plot ratio " + report.summary().population().plotRatio()
                + " where no buildings); census districts matched: " + report.summary().population().censusDistrictsMatched());
        List<String> notAssessed = report.summary().profile().notAssessed();
        if (!notAssessed.isEmpty()) {
            parameters.put("not assessed 未评估", String.join(", ", notAssessed) + " (no input facility counts for them)");
        }
        report.summary().warnings().forEach(w -> parameters.merge("warnings 提示", w, (a, b) -> a + "; " + b));
        return parameters;
    }
}
