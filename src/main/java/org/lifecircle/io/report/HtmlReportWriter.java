package org.lifecircle.io.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.coverage.Unsnapped;
import org.lifecircle.io.csv.Decimals;
import org.lifecircle.io.files.AtomicFiles;
import org.lifecircle.model.Category;
import org.lifecircle.results.FieldType;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerFeature;
import org.lifecircle.results.LayerField;
import org.lifecircle.results.RunLayers;
import org.lifecircle.results.UnitLayers;

/**
 * report.html: a self-contained page (no external resources) with the parameters, the per-district
 * table with pass/fail, the worst gaps per category and what could not be snapped. The tables are
 * the run's layers: the same fields, labels and rounding as districts.csv and coverage.csv.
 */
public final class HtmlReportWriter {

    private static final int WORST_GAPS = 20;
    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
            + "th{background:#f0f0f0}.fail{color:#b00;font-weight:bold}.pass{color:#070}.num{text-align:right}";

    private HtmlReportWriter() {
    }

    /**
     * @param result the run's result (profile, search limit, what could not be snapped)
     * @param layers the layers shown (the whole run's, or one district's)
     * @param parameters inputs and settings to list
     */
    public static void write(Path file, CoverageResult result, RunLayers layers, Map<String, String> parameters) {
        write(file, result, layers, parameters, null);
    }

    /** The report with the unit tables (units and tier checks) when units were given ({@code units} may be null). */
    public static void write(Path file, CoverageResult result, RunLayers layers, Map<String, String> parameters,
                             UnitLayers units) {
        write(file, result, layers, parameters, units, List.of());
    }

    /** The report with sections of other results (suggested sites) after the parameters. */
    public static void write(Path file, CoverageResult result, RunLayers layers, Map<String, String> parameters,
                             UnitLayers units, List<ReportSection> sections) {
        AtomicFiles.writeText(file, out -> {
            out.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>LifeCircle coverage report"
                    + "</title><style>" + STYLE + "</style></head><body>");
            out.write("<h1>生活圈覆盖报告 · Life-circle coverage report</h1>");
            parameters(out, result, parameters);
            for (ReportSection section : sections) {
                section(out, section);
            }
            Layer districtRows = layers.districtRows();
            int status = districtRows.getField("status");
            table(out, "Districts 分区达标情况", districtRows.filter(districtRows.name(),
                    row -> !DistrictCoverage.NO_DATA.equals(row.value(status))));
            noData(out, districtRows, status);
            if (units != null && units.any()) {
                table(out, "Tiers 三级设施配置 (一区一中心、一街一阵地、一社区一场所)", units.tiers());
                table(out, "Units 各级单元覆盖情况", units.units());
                if (!units.communityShares().features().isEmpty()) {
                    table(out, "Community shares 社区覆盖率 (share of communities served)", units.communityShares());
                }
            }
            worstGaps(out, result, layers.areas());
            unsnapped(out, result.unsnapped());
            out.write("</body></html>\n");
        });
    }

    private static void parameters(Writer out, CoverageResult result, Map<String, String> parameters) throws IOException {
        PolicyProfile profile = result.profile();
        out.write("<h2>Parameters 参数</h2><table>");
        row(out, "profile", esc(profile.id() + " — " + profile.title()));
        row(out, "note", esc(profile.note()));
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            row(out, esc(entry.getKey()), esc(entry.getValue()));
        }
        for (Category category : profile.categories()) {
            CategoryRule rule = profile.getRule(category);
            String target = rule.targetPct().isPresent() ? Decimals.format(rule.targetPct().getAsDouble(), 0) + " %" : "none";
            row(out, esc(rule.display().bilingual()), esc(Decimals.format(rule.maxWalkMeters(), 0) + " m, target "
                    + target + " (" + rule.basis() + ")"));
        }
        out.write("</table>");
    }

    private static void section(Writer out, ReportSection section) throws IOException {
        out.write("<h2>" + esc(section.title()) + "</h2><table>");
        for (Map.Entry<String, String> fact : section.facts().entrySet()) {
            row(out, esc(fact.getKey()), esc(fact.getValue()));
        }
        out.write("</table>");
        table(out, section.tableTitle(), section.table());
    }

    /** A layer as a table, the fields' labels as headers; pass/fail highlighted. */
    private static void table(Writer out, String title, Layer rows) throws IOException {
        out.write("<h2>" + esc(title) + "</h2><table><tr>");
        for (LayerField field : rows.fields()) {
            out.write("<th>" + esc(field.label()) + "<br><small>" + field.name() + "</small></th>");
        }
        out.write("</tr>");
        for (LayerFeature row : rows.features()) {
            out.write("<tr>");
            for (int f = 0; f < rows.fields().size(); f++) {
                out.write(cell(rows.fields().get(f), row.value(f)));
            }
            out.write("</tr>");
        }
        out.write("</table>");
    }

    /** The districts without residential areas (e.g. outside the data's extent), named apart rather than as failing rows. */
    private static void noData(Writer out, Layer rows, int status) throws IOException {
        int name = rows.getField("district_name");
        int code = rows.getField("district_code");
        List<String> names = rows.features().stream().filter(r -> DistrictCoverage.NO_DATA.equals(r.value(status)))
                .map(r -> (text(r.value(name)) + " " + text(r.value(code))).strip()).distinct().toList();
        if (!names.isEmpty()) {
            out.write("<h2>No data 无数据 (" + names.size() + ")</h2><p class=\"nodata\">No residential area of the"
                    + " inputs lies in these districts (outside the data's extent?); they are not assessed 以下分区内无小区，未评估: "
                    + esc(String.join("、", names)) + "</p>");
        }
    }

    /** Per category, the uncovered areas with most residents first. */
    private static void worstGaps(Writer out, CoverageResult result, Layer areas) throws IOException {
        int name = areas.getField("name");
        int source = areas.getField("source_id");
        int district = areas.getField("district_name");
        int population = areas.getField("population");
        for (Category category : result.profile().categories()) {
            int covered = areas.getField(category.id() + "_covered");
            int distance = areas.getField(category.id() + "_distance_m");
            out.write("<h2>Largest gaps 最大缺口: " + esc(result.profile().display(category).bilingual())
                    + "</h2><table><tr><th>area</th><th>district</th><th>population</th>"
                    + "<th>distance to nearest (m)</th></tr>");
            List<LayerFeature> gaps = areas.features().stream().filter(a -> Boolean.FALSE.equals(a.value(covered)))
                    .sorted(Comparator.comparingLong((LayerFeature a) -> a.value(population) == null ? 0
                            : (Long) a.value(population)).reversed()).limit(WORST_GAPS).toList();
            for (LayerFeature gap : gaps) {
                String label = text(gap.value(name)).isEmpty() ? text(gap.value(source))
                        : gap.value(name) + " (" + gap.value(source) + ")";
                Object metres = gap.value(distance);
                out.write("<tr><td>" + esc(label) + "</td><td>" + esc(text(gap.value(district))) + "</td>"
                        + "<td class=\"num\">" + esc(text(gap.value(population))) + "</td><td class=\"num\">"
                        + (metres == null ? "none within " + Decimals.format(result.searchLimitMeters(), 0)
                        : Decimals.format((Double) metres, 0)) + "</td></tr>");
            }
            out.write("</table>");
        }
    }

    private static String cell(LayerField field, Object value) {
        if (field.type() == FieldType.BOOLEAN) {
            return value == null ? "<td>no target 无目标</td>" : Boolean.TRUE.equals(value)
                    ? "<td><span class=\"pass\">pass 达标</span></td>" : "<td><span class=\"fail\">fail 未达标</span></td>";
        }
        if (value == null) {
            return "<td></td>";
        }
        String text = field.type() == FieldType.REAL ? Decimals.format((Double) value, field.decimals()) : text(value);
        boolean number = field.type() == FieldType.REAL || field.type() == FieldType.INTEGER;
        return number ? "<td class=\"num\">" + esc(text) + "</td>" : "<td>" + esc(text) + "</td>";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void unsnapped(Writer out, List<Unsnapped> unsnapped) throws IOException {
        out.write("<h2>Not joined to the network 未能接入路网 (" + unsnapped.size() + ")</h2><table>");
        for (Unsnapped u : unsnapped) {
            out.write("<tr><td>" + esc(u.kind()) + "</td><td>" + esc(u.id()) + "</td><td>" + esc(u.name()) + "</td><td>"
                    + esc(u.reason()) + "</td></tr>");
        }
        out.write("</table>");
    }

    private static void row(Writer out, String head, String value) throws IOException {
        out.write("<tr><th>" + head + "</th><td>" + value + "</td></tr>");
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
