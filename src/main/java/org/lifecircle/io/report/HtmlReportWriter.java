package org.lifecircle.io.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lifecircle.coverage.AreaCoverage;
import org.lifecircle.coverage.CategoryCoverage;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.coverage.Unsnapped;
import org.lifecircle.io.AtomicFiles;
import org.lifecircle.io.csv.Decimals;
import org.lifecircle.model.Category;
import org.lifecircle.model.ResidentialArea;

/**
 * report.html: a self-contained page (no external resources) with the parameters, the per-district
 * table with pass/fail, the worst gaps per category and what could not be snapped.
 */
public final class HtmlReportWriter {

    private static final int WORST_GAPS = 20;
    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
            + "th{background:#f0f0f0}.fail{color:#b00;font-weight:bold}.pass{color:#070}.num{text-align:right}";

    private HtmlReportWriter() {
    }

    public static void write(Path file, CoverageResult result, DistrictAssignment districts,
                             List<DistrictCoverage> rows, Map<String, String> parameters) {
        AtomicFiles.writeText(file, out -> {
            out.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>LifeCircle coverage report"
                    + "</title><style>" + STYLE + "</style></head><body>");
            out.write("<h1>生活圈覆盖报告 · Life-circle coverage report</h1>");
            parameters(out, result, parameters);
            districts(out, rows);
            worstGaps(out, result, districts);
            unsnapped(out, result.unsnapped());
            out.write("</body></html>\n");
        });
    }

    private static void parameters(Writer out, CoverageResult result, Map<String, String> parameters) throws IOException {
        out.write("<h2>Parameters 参数</h2><table>");
        row(out, "th", "profile", esc(result.profile().id() + " — " + result.profile().title()));
        row(out, "th", "note", esc(result.profile().note()));
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            row(out, "th", esc(entry.getKey()), esc(entry.getValue()));
        }
        for (Category category : result.profile().categories()) {
            CategoryRule rule = result.profile().findRule(category).orElseThrow();
            String target = rule.targetPct().isPresent() ? Decimals.format(rule.targetPct().getAsDouble(), 0) + " %" : "none";
            row(out, "th", esc(rule.display().bilingual()), esc(Decimals.format(rule.maxWalkMeters(), 0) + " m, target " + target
                    + " (" + rule.basis() + ")"));
        }
        out.write("</table>");
    }

    private static void districts(Writer out, List<DistrictCoverage> rows) throws IOException {
        out.write("<h2>Districts 分区达标情况</h2><table><tr><th>district</th><th>category</th><th>areas</th>"
                + "<th>covered</th><th>population</th><th>covered population</th><th>coverage %</th><th>target %</th>"
                + "<th>result</th></tr>");
        for (DistrictCoverage r : rows) {
            String result = r.pass().map(p -> p ? "<span class=\"pass\">pass 达标</span>" : "<span class=\"fail\">fail 未达标</span>")
                    .orElse("no target");
            out.write("<tr><td>" + esc(r.districtName() + " " + r.districtCode()) + "</td><td>" + r.category().id()
                    + "</td><td class=\"num\">" + r.areas() + "</td><td class=\"num\">" + r.areasCovered()
                    + "</td><td class=\"num\">" + Decimals.format(r.population(), 0) + "</td><td class=\"num\">"
                    + Decimals.format(r.populationCovered(), 0) + "</td><td class=\"num\">"
                    + Decimals.format(r.coveragePct(), 1) + "</td><td class=\"num\">"
                    + (r.targetPct().isPresent() ? Decimals.format(r.targetPct().getAsDouble(), 0) : "") + "</td><td>"
                    + result + "</td></tr>");
        }
        out.write("</table>");
    }

    private static void worstGaps(Writer out, CoverageResult result, DistrictAssignment districts) throws IOException {
        for (Category category : result.profile().categories()) {
            out.write("<h2>Largest gaps 最大缺口: " + esc(result.profile().display(category).bilingual())
                    + "</h2><table><tr><th>area</th><th>district</th>"
                    + "<th>population</th><th>distance to nearest (m)</th></tr>");
            List<AreaCoverage> gaps = result.coverage().stream().filter(c -> !c.get(category).covered())
                    .sorted(Comparator.comparingDouble((AreaCoverage c) -> population(result, c)).reversed())
                    .limit(WORST_GAPS).toList();
            for (AreaCoverage gap : gaps) {
                ResidentialArea area = result.areas().get(gap.area());
                CategoryCoverage c = gap.get(category);
                out.write("<tr><td>" + esc(area.name().isEmpty() ? area.sourceId() : area.name() + " (" + area.sourceId() + ")")
                        + "</td><td>" + esc(districts.name(gap.area())) + "</td><td class=\"num\">"
                        + (area.population().isKnown() ? Decimals.format(area.population().residents(), 0) : "")
                        + "</td><td class=\"num\">" + (c.hasDistance() ? Decimals.format(c.distanceMeters(), 0)
                        : "none within " + Decimals.format(result.searchLimitMeters(), 0)) + "</td></tr>");
            }
            out.write("</table>");
        }
    }

    private static double population(CoverageResult result, AreaCoverage coverage) {
        ResidentialArea area = result.areas().get(coverage.area());
        return area.population().isKnown() ? area.population().residents() : 0;
    }

    private static void unsnapped(Writer out, List<Unsnapped> unsnapped) throws IOException {
        out.write("<h2>Not joined to the network 未能接入路网 (" + unsnapped.size() + ")</h2><table>");
        for (Unsnapped u : unsnapped) {
            out.write("<tr><td>" + esc(u.kind()) + "</td><td>" + esc(u.id()) + "</td><td>" + esc(u.name()) + "</td><td>"
                    + esc(u.reason()) + "</td></tr>");
        }
        out.write("</table>");
    }

    private static void row(Writer out, String headTag, String head, String value) throws IOException {
        out.write("<tr><" + headTag + ">" + head + "</" + headTag + "><td>" + value + "</td></tr>");
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
