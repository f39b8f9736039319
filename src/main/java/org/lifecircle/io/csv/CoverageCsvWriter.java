package org.lifecircle.io.csv;

import java.nio.file.Path;
import org.lifecircle.coverage.AreaCoverage;
import org.lifecircle.coverage.CategoryCoverage;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.DistrictAssignment;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.io.AtomicFiles;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;

/**
 * coverage.csv (one row per residential area) and districts.csv (one row per district and
 * category). Column names and order are the output contract other tools read.
 */
public final class CoverageCsvWriter {

    private CoverageCsvWriter() {
    }

    public static void writeCoverage(Path file, CoverageResult result, DistrictAssignment districts) {
        AtomicFiles.writeText(file, writer -> {
            StringBuilder header = new StringBuilder(
                    "area_id,source_id,name,district_code,district_name,population,population_source");
            for (Category c : result.profile().categories()) {
                header.append(',').append(c.id()).append("_distance_m,").append(c.id()).append("_facility_id,")
                        .append(c.id()).append("_facility_name,").append(c.id()).append("_covered");
            }
            writer.append(header).append('\n');
            StringBuilder line = new StringBuilder(256);
            for (AreaCoverage coverage : result.coverage()) {
                line.setLength(0);
                appendArea(line, result, districts, coverage);
                writer.append(line).append('\n');
            }
        });
    }

    private static void appendArea(StringBuilder line, CoverageResult result, DistrictAssignment districts,
                                   AreaCoverage coverage) {
        int a = coverage.area();
        ResidentialArea area = result.areas().get(a);
        line.append(a + 1).append(',').append(CsvCells.text(area.sourceId())).append(',')
                .append(CsvCells.text(area.name())).append(',')
                .append(CsvCells.text(districts.code(a))).append(',')
                .append(CsvCells.text(districts.name(a))).append(',');
        if (area.population().isKnown()) {
            Decimals.append(line, area.population().residents(), 0);
        }
        line.append(',').append(area.population().source().id());
        for (Category c : result.profile().categories()) {
            CategoryCoverage cc = coverage.get(c);
            line.append(',');
            if (cc.hasDistance()) {
                Facility f = result.facilities().get(cc.facility());
                Decimals.append(line, cc.distanceMeters(), 1).append(',').append(CsvCells.text(f.id()))
                        .append(',').append(CsvCells.text(f.name()));
            } else {
                line.append(",,");
            }
            line.append(',').append(cc.covered());
        }
    }

    public static void writeDistricts(Path file, Iterable<DistrictCoverage> rows) {
        AtomicFiles.writeText(file, writer -> {
            writer.write("district_code,district_name,category,areas,areas_covered,population,population_covered,"
                    + "coverage_pct,target_pct,pass\n");
            StringBuilder line = new StringBuilder(160);
            for (DistrictCoverage row : rows) {
                line.setLength(0);
                line.append(CsvCells.text(row.districtCode())).append(',')
                        .append(CsvCells.text(row.districtName())).append(',')
                        .append(row.category().id()).append(',').append(row.areas()).append(',')
                        .append(row.areasCovered()).append(',');
                Decimals.append(line, row.population(), 0).append(',');
                Decimals.append(line, row.populationCovered(), 0).append(',');
                Decimals.append(line, row.coveragePct(), 1).append(',');
                if (row.targetPct().isPresent()) {
                    Decimals.append(line, row.targetPct().getAsDouble(), 1);
                }
                line.append(',').append(row.pass().map(String::valueOf).orElse(""));
                writer.append(line).append('\n');
            }
        });
    }
}
