package org.lifecircle.demo;

import java.nio.file.Path;
import java.util.List;
import org.lifecircle.crs.ChineseOffsets;
import org.lifecircle.crs.LonLat;
import org.lifecircle.io.csv.CsvCells;
import org.lifecircle.io.csv.Decimals;
import org.lifecircle.io.files.AtomicFiles;

/**
 * facilities.csv as a planner exports it from Excel (UTF-8, Chinese names and category values,
 * GCJ-02 coordinates with 6 decimals as web maps give them) and expected-gaps.csv.
 */
final class DemoCsvFiles {

    static final String FACILITIES_HEADER = "id,name,category,subtype,tier,capacity,lon,lat";
    static final String GAPS_HEADER = "source_id,name,category,kind,nearby_facility_id,reason";
    private static final int GCJ02_PLACES = 6;

    private DemoCsvFiles() {
    }

    static void writeFacilities(Path file, List<PlannedFacility> facilities, DemoProjection projection) {
        AtomicFiles.writeText(file, writer -> {
            writer.write(FACILITIES_HEADER + "\n");
            StringBuilder line = new StringBuilder(128);
            for (PlannedFacility facility : facilities) {
                LonLat wgs84 = projection.toWgs84(facility.position());
                LonLat gcj02 = ChineseOffsets.wgs84ToGcj02(wgs84.lon(), wgs84.lat());
                line.setLength(0);
                line.append(cell(facility.id())).append(',').append(cell(facility.name())).append(',')
                        .append(cell(facility.categoryValue())).append(',').append(cell(facility.subtype())).append(',')
                        .append(cell(facility.tier())).append(',')
                        .append(facility.capacity() > 0 ? Integer.toString(facility.capacity()) : "").append(',');
                Decimals.append(line, gcj02.lon(), GCJ02_PLACES).append(',');
                Decimals.append(line, gcj02.lat(), GCJ02_PLACES).append('\n');
                writer.append(line);
            }
        });
    }

    /** The areas' gaps, then the units that lack their tier (kind "tier", the unit's code as source_id). */
    static void writeGaps(Path file, List<PlannedGap> gaps, List<Area> areas, List<DemoUnits.TierGap> tierGaps) {
        AtomicFiles.writeText(file, writer -> {
            writer.write(GAPS_HEADER + "\n");
            for (PlannedGap gap : gaps) {
                String name = areas.stream().filter(a -> a.id().equals(gap.areaId())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("plan error: no area " + gap.areaId())).name();
                writer.write(String.join(",", cell(gap.areaId()), cell(name), cell(gap.category()), cell(gap.kind()),
                        cell(gap.nearbyFacilityId()), cell(gap.reason())) + "\n");
            }
            for (DemoUnits.TierGap gap : tierGaps) {
                writer.write(String.join(",", cell(gap.unitCode()), cell(gap.unitName()), cell("elderly_care"),
                        cell("tier"), cell(gap.nearbyFacilityId()), cell(gap.reason())) + "\n");
            }
        });
    }

    /**
     * Cells are kept free of commas and quotes so that any CSV reader, and a plain split, reads them,
     * and of formula-like text (CsvCells), which a spreadsheet would evaluate.
     */
    private static String cell(String text) {
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || CsvCells.isFormulaLike(text)) {
            throw new IllegalStateException("plan error: no commas, quotes or formulas in CSV cells: " + text);
        }
        return text;
    }
}
