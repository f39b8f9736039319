package org.lifecircle.service.coverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lifecircle.coverage.AreaCoverage;
import org.lifecircle.coverage.CommunityShare;
import org.lifecircle.coverage.DistrictAssigner;
import org.lifecircle.coverage.DistrictCoverage;
import org.lifecircle.coverage.DistrictSummary;
import org.lifecircle.coverage.LevelCoverage;
import org.lifecircle.coverage.TierRow;
import org.lifecircle.io.csv.CsvLayerWriter;
import org.lifecircle.io.files.StagedFolder;
import org.lifecircle.model.District;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.Progress;
import org.lifecircle.service.JsonFiles;
import org.lifecircle.service.OutputFolder;
import org.lifecircle.units.UnitLevel;

/**
 * The batch check: one coverage run, written once per district (or per unit of another level,
 * {@link #level}) into its own folder (the same files, restricted to its areas) plus a combined
 * districts.csv (and units.csv, tiers.csv); reports which districts miss a target, which units
 * lack the facilities of their tier and which community shares fall short.
 */
public final class BatchJob {

    private final CoverageRequest request;
    private Progress progress = Progress.NONE;
    private UnitLevel level = UnitLevel.DISTRICT;

    public BatchJob(CoverageRequest request) {
        this.request = request;
    }

    /** The level whose units get a folder each (default district); the run must have been given that level. */
    public BatchJob level(UnitLevel value) {
        this.level = value;
        return this;
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
        requireLevel(report, level);
        OutputFolder.writeAll(request.outFolder(), into -> writeFiles(report, into, level));
        return new Outcome(report, failing(report));
    }

    /** The batch's files (a folder per unit of the level) written into a staging folder of the output folder. */
    public static StagedFolder stage(CoverageReport report, Path outFolder, UnitLevel level) {
        requireLevel(report, level);
        return OutputFolder.stage(outFolder, into -> writeFiles(report, into, level));
    }

    /** A folder per district written into a staging folder of the output folder, to be published or dropped. */
    public static StagedFolder stage(CoverageReport report, Path outFolder) {
        return stage(report, outFolder, UnitLevel.DISTRICT);
    }

    /** A level other than district needs its units (districts alone may be absent: one folder for all areas). */
    private static void requireLevel(CoverageReport report, UnitLevel level) {
        if (level != UnitLevel.DISTRICT && report.units().tree().units(level).isEmpty()) {
            throw new InvalidInputException("batch --level " + level.id() + " needs the " + level.id()
                    + " boundaries: give --units " + level.id() + "=FILE");
        }
    }

    /**
     * Writes a coverage report as a batch into an existing folder: one folder per district with
     * residential areas (a district without any, e.g. outside the data's extent, is no_data in
     * districts.csv and gets none) and the combined files.
     */
    private static void writeFiles(CoverageReport report, Path outFolder, UnitLevel level) {
        if (level == UnitLevel.DISTRICT) {
            writeDistricts(report, outFolder);
        } else {
            writeUnits(report, outFolder, report.units().levels().stream().filter(l -> l.level() == level).findFirst()
                    .orElseThrow());
        }
        CsvLayerWriter.writeTable(report.layers().districtRows(), outFolder.resolve("districts.csv"));
        CoverageOutputs.writeUnits(outFolder, report);
        JsonFiles.write(outFolder.resolve("summary.json"), report.summary());
    }

    private static void writeDistricts(CoverageReport report, Path outFolder) {
        List<District> districts = report.assignment().districts();
        for (int d = 0; d < districts.size(); d++) {
            if (hasAreas(report, d)) {
                writeDistrict(report, outFolder, d, folderName(districts.get(d)));
            }
        }
        if (report.assignment().anyOutside()) {
            writeDistrict(report, outFolder, DistrictAssigner.OUTSIDE, "outside-all-districts");
        }
    }

    /**
     * One folder per unit of a level other than district with residential areas (as the level's
     * district rule assigns them), and one for the areas outside every unit of the level.
     */
    private static void writeUnits(CoverageReport report, Path outFolder, LevelCoverage level) {
        List<DistrictCoverage> rows = DistrictSummary.summarize(report.result(), level.assignment());
        for (int u = 0; u < level.units().size(); u++) {
            String code = level.units().get(u).code();
            if (level.rows().stream().anyMatch(r -> r.districtCode().equals(code) && r.areas() > 0)) {
                writeUnit(report, outFolder, level, u, rows.stream().filter(r -> r.districtCode().equals(code)).toList(),
                        folderName(level.units().get(u).asDistrict()));
            }
        }
        if (level.assignment().anyOutside()) {
            writeUnit(report, outFolder, level, DistrictAssigner.OUTSIDE, rows.stream()
                    .filter(r -> r.districtCode().isEmpty()).toList(), "outside-all-" + plural(level.level()));
        }
    }

    private static String plural(UnitLevel level) {
        return level == UnitLevel.COMMUNITY ? "communities" : level.id() + "s";
    }

    private static void writeUnit(CoverageReport report, Path outFolder, LevelCoverage level, int unit,
                                  List<DistrictCoverage> rows, String folderName) {
        Path folder = StagedFolder.createFolder(outFolder.resolve(folderName));
        CoverageOutputs.writeFiles(folder, report, report.layers().ofUnit(level, unit, rows, report.result().profile(),
                report.units().communityShares()));
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

    /**
     * The district targets missed, then the units that lack the facilities of their tier, then the
     * community shares below their target (overall, districts, streets).
     */
    public static List<String> failing(CoverageReport report) {
        List<String> failing = new ArrayList<>(failing(report.districtRows()));
        for (TierRow row : report.units().missing()) {
            String walk = row.walkMinPct().isPresent() ? String.format(Locale.ROOT, ", %.1f %% of residents within the"
                    + " walk, %.1f %% needed", row.withinWalkPct(), row.walkMinPct().getAsDouble()) : "";
            failing.add((row.name() + " " + row.code()).strip() + " (" + row.level().id() + ", " + row.category().id()
                    + " tier " + row.requiredTier() + ": " + row.facilitiesOfTier() + " of " + row.minCount() + walk + ")");
        }
        for (CommunityShare share : report.units().sharesMissed()) {
            String where = share.level().map(l -> (share.name() + " " + share.code()).strip() + " (" + l.id() + ", ")
                    .orElse("overall (");
            failing.add(where + String.format(Locale.ROOT, "%s community share: %d of %d communities, %.1f %% < %.1f %%)",
                    share.category().id(), share.served(), share.communities(), share.sharePct(), share.rule().targetPct()));
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
