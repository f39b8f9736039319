package org.lifecircle.io.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lifecircle.results.Layer;

/**
 * A section of report.html beside the coverage tables: a heading, facts as name-value rows, and a
 * layer as a table (its fields' labels as headers, as every table of the report).
 *
 * @param title the heading
 * @param facts name and value rows, in order
 * @param tableTitle the table's heading
 * @param table the layer shown
 */
public record ReportSection(String title, Map<String, String> facts, String tableTitle, Layer table) {

    public ReportSection {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
