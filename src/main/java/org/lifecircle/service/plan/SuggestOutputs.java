package org.lifecircle.service.plan;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.lifecircle.io.csv.CsvLayerWriter;
import org.lifecircle.io.geojson.GeoJsonLayerWriter;
import org.lifecircle.io.report.ReportSection;
import org.lifecircle.service.JsonFiles;
import org.lifecircle.service.OutputFolder;
import org.lifecircle.service.coverage.CoverageOutputs;

/**
 * Writes a suggest run into a folder as one set: suggestions.csv and suggestions.geojson (the
 * report's layer), summary.json, and report.html (the baseline coverage report of the rule with the
 * suggested sites as its first section).
 */
public final class SuggestOutputs {

    private SuggestOutputs() {
    }

    public static void write(Path folder, SuggestReport report) {
        OutputFolder.writeAll(folder, into -> {
            CsvLayerWriter.writeTable(report.layer().withoutGeometry(), into.resolve("suggestions.csv"));
            GeoJsonLayerWriter.writeWgs84(report.layer(), into.resolve("suggestions.geojson"));
            JsonFiles.write(into.resolve("summary.json"), report.summary());
            CoverageOutputs.writeReport(into.resolve("report.html"), report.baseline(), java.util.List.of(section(report)));
        });
    }

    static ReportSection section(SuggestReport report) {
        SuggestSummary s = report.summary();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("category 类别", s.category() + " within " + number(s.maxWalkMeters(), 0) + " m, demand " + s.demandGroup());
        facts.put("candidates 候选点", s.candidates() + " (" + s.candidateSource() + "), " + s.pairs() + " pairs");
        facts.put("method 方法", s.method() + (s.note().isEmpty() ? "" : " (" + s.note() + ")"));
        facts.put("newly covered 新增覆盖", number(s.objective(), 1) + " residents");
        facts.put("bound 上界", number(s.bound(), 1) + " residents; gap " + number(100 * s.gap(), 3) + " %");
        facts.put("coverage 覆盖率", number(s.baselineCoveredPct(), 2) + " % now, " + number(s.suggestedCoveredPct(), 2)
                + " % with the " + report.result().suggestions().size() + " sites");
        return new ReportSection("Suggested sites 建议选址", facts, "Sites in rank order 建议选址排序",
                report.layer().withoutGeometry());
    }

    private static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%,." + decimals + "f", value) : "n/a";
    }
}
