package org.lifecircle.service.coverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lifecircle.coverage.AreaCoverage;
import org.lifecircle.coverage.DistrictAssigner;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.coverage.TierRow;
import org.lifecircle.io.csv.CsvLayerWriter;
import org.lifecircle.io.files.StagedFolder;
import org.lifecircle.model.District;
import org.lifecircle.model.Progress;
import org.lifecircle.service.JsonFiles;
import org.lifecircle.service.OutputFolder;

/**
 * The batch check: one coverage run, written once per district into its own folder (the same
 * files, restricted to the district) plus a combined districts.csv (and units.csv, tiers.csv);
 * reports which districts miss a target and which units lack the facilities of their tier.
 */
public final class BatchJob {

    private final CoverageRequest request;
    private Progress progress = Progress.NONE;

    public BatchJob(CoverageRequest request) {
        this.request = request;
    }

    /** What the batch found: the report and the districts (names) that miss at least one target. */
    public record Outcome(CoverageReport report, List<String> failingDistricts) {
    }

    /** Tells reading and the analysis to the progress; none by default. */
    public BatchJob progress(Progress progress) {
        this.progress = progress;
        return this;
    }

    public Outcome run() {
        CoverageReport report = new CoverageJob(request).progress(progress).run();
        OutputFolder.writeAll(request.outFolder(), into -> writeFiles(report, into));
        return new Outcome(report, failing(report));
    }

    /** The batch's files written into a staging folder of the output folder, to be published or dropped. */
    public static StagedFolder stage(CoverageReport report, Path outFolder) {
        return OutputFolder.stage(outFolder, into -> writeFiles(report, into));
    }

    /**
     * Writes a coverage report as a batch into an existing folder: one folder per district with
     * residential areas (a district without any, e.g. outside the data's extent, is no_data in
     * districts.csv and gets none) and the combined files.
     */
    private static void writeFiles(CoverageReport report, Path outFolder) {
        List<District> districts = report.assignment().districts();
        for (int d = 0; d < districts.size(); d++) {
            if (hasAreas(report, d)) {
                writeDistrict(report, outFolder, d, folderName(districts.get(d)));
            }
        }
        if (report.assignment().anyOutside()) {
            writeDistrict(report, outFolder, DistrictAssigner.OUTSIDE, "outside-all-districts");
        }
        CsvLayerWriter.writeTable(report.layers().districtRows(), outFolder.resolve("districts.csv"));
        CoverageOutputs.writeUnits(outFolder, report);
        JsonFiles.write(outFolder.resolve("summary.json"), report.summary());
    }

    private static boolean hasAreas(CoverageReport report, int district) {
        for (int a = 0; a < report.areaCount(); a++) {
            if (report.assignment().districtOf(a) == district) {
                return true;
            }
        }
        return false;
    }

    private static void writeDistrict(CoverageReport report, Path outFolder, int district, String folderName) {
        String code = district == DistrictAssigner.OUTSIDE ? "" : report.assignment().districts().get(district).code();
        Path folder = StagedFolder.createFolder(outFolder.resolve(folderName));
        CoverageOutputs.writeFiles(folder, report, report.layers().ofDistrict(code));
    }

    /** A folder name from the district's code and name that cannot leave the output folder. */
    static String folderName(District district) {
        String raw = district.code().equals(district.name()) ? district.code() : district.code() + "-" + district.name();
        String safe = raw.replaceAll("[\\\\/:*?\"<>|\\s]+", "_").replaceAll("^\\.+", "_");
        return safe.isEmpty() ? "district" : safe;
    }

    /** The district targets missed, then the units that lack the facilities of their tier. */
    public static List<String> failing(CoverageReport report) {
        List<String> failing = new ArrayList<>(failing(report.districtRows()));
        for (TierRow row : report.units().missing()) {
            failing.add((row.name() + " " + row.code()).strip() + " (" + row.level().id() + ", " + row.category().id()
                    + " tier " + row.requiredTier() + ": " + row.facilitiesOfTier() + " of " + row.minCount() + ")");
        }
        return List.copyOf(failing);
    }

    /** The districts (names and codes) that miss at least one target, with the category. */
    public static List<String> failing(List<DistrictCoverage> rows) {
        Set<String> names = new LinkedHashSet<>();
        for (DistrictCoverage row : rows) {
            String district = (row.districtName() + " " + row.districtCode()).strip();
            if (row.pass().isPresent() && !row.pass().get()) {
                names.add(district + " (" + row.category().id() + ")");
            }
            if (row.supply().capacityPass().isPresent() && !row.supply().capacityPass().get()) {
                names.add(district + " (" + row.category().id() + " capacity per 1,000)");
            }
        }
        return List.copyOf(names);
    }
}
