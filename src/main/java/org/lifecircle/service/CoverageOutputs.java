package org.lifecircle.service;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.coverage.AreaCoverage;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.io.csv.CoverageCsvWriter;
import org.lifecircle.io.StagedFolder;
import org.lifecircle.io.geojson.GapsGeoJsonWriter;
import org.lifecircle.io.report.HtmlReportWriter;

/**
 * Writes a coverage report into a folder: coverage.csv, districts.csv, gaps.geojson,
 * summary.json and report.html, as one set (all new or, when writing fails, all as they were).
 */
public final class CoverageOutputs {

    private CoverageOutputs() {
    }

    public static void write(Path folder, CoverageReport report) {
        OutputFolder.writeAll(folder, into -> writeFiles(into, report, report.result(), report.districtRows()));
    }

    /** The report's files written into a staging folder of the output folder, to be published or dropped. */
    static StagedFolder stage(Path folder, CoverageReport report) {
        return OutputFolder.stage(folder, into -> writeFiles(into, report, report.result(), report.districtRows()));
    }

    /** Writes a part of the report into an existing folder: only the given areas' rows and the given district rows. */
    static void writeFiles(Path folder, CoverageReport report, CoverageResult result, List<DistrictCoverage> rows) {
        CoverageCsvWriter.writeCoverage(folder.resolve("coverage.csv"), result, report.assignment());
        CoverageCsvWriter.writeDistricts(folder.resolve("districts.csv"), rows);
        GapsGeoJsonWriter.write(folder.resolve("gaps.geojson"), result, report.assignment());
        JsonFiles.write(folder.resolve("summary.json"), report.summary());
        HtmlReportWriter.write(folder.resolve("report.html"), result, report.assignment(), rows, parameters(report));
    }

    /** A result restricted to some areas (area indexes and ids stay those of the whole run). */
    static CoverageResult restrict(CoverageResult result, List<AreaCoverage> coverage) {
        return new CoverageResult(result.profile(), result.searchLimitMeters(), result.facilities(), result.areas(),
                coverage, result.unsnapped());
    }

    private static Map<String, String> parameters(CoverageReport report) {
        Map<String, String> parameters = new LinkedHashMap<>();
        report.summary().inputs().forEach((key, value) -> parameters.put(key, String.valueOf(value)));
        parameters.put("searchLimitMeters", String.valueOf(report.result().searchLimitMeters()));
        parameters.put("population", "estimated from floor area at " + report.summary().population().personsPerSquareMeter()
                + " persons/m2 (plot ratio " + report.summary().population().plotRatio()
                + " where no buildings); census districts matched: " + report.summary().population().censusDistrictsMatched());
        return parameters;
    }
}
