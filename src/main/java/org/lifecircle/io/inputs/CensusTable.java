package org.lifecircle.io.inputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.io.csv.CsvRecords;
import org.lifecircle.io.files.TextCharsets;
import org.lifecircle.model.District;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.Population;

/**
 * District resident totals (e.g. the 7th census) matched to districts by code, else by name.
 * Columns: a code (adcode / district_code / code), a name (district / district_name / name) and a
 * population column (its header contains "population", "residents" or 人口).
 */
public final class CensusTable {

    private CensusTable() {
    }

    /** Census residents by district index; rows matching no district are ignored (e.g. a city total). */
    public static Map<Integer, Double> read(Path file, List<District> districts) {
        Map<Integer, Double> residents = new HashMap<>();
        readRows(file, districts).forEach((district, row) -> residents.put(district, row[0]));
        return residents;
    }

    /**
     * The census's residents by age group, by district index, where the file has the columns
     * (pop_0_2, pop_3_5, pop_60_plus or their Chinese names): {0-2, 3-5, 60+}, NaN for a missing
     * column. Empty when it has none of them.
     */
    public static Map<Integer, double[]> readAges(Path file, List<District> districts) {
        Map<Integer, double[]> ages = new HashMap<>();
        readRows(file, districts).forEach((district, row) -> {
            double[] counts = {row[1], row[2], row[3]};
            if (!Double.isNaN(counts[0]) || !Double.isNaN(counts[1]) || !Double.isNaN(counts[2])) {
                ages.put(district, counts);
            }
        });
        return ages;
    }

    /** Per district index: residents, then the three age groups (NaN where the file has no column). */
    private static Map<Integer, double[]> readRows(Path file, List<District> districts) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            text = TextCharsets.decodeText(Files.readAllBytes(file), Optional.empty(), fileName);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(fileName + ": no such file; check the path");
        } catch (IOException e) {
            throw new InvalidInputException(fileName + ": cannot read (" + String.valueOf(e.getMessage())
                    .replace(file.toAbsolutePath().toString(), fileName).replace(file.toString(), fileName) + ")", e);
        }
        List<CsvRecords.Row> lines = CsvRecords.parse(text, CsvRecords.detectDelimiter(text), fileName);
        if (lines.isEmpty()) {
            throw new InvalidInputException(fileName + ": empty file; it needs a header line (adcode, name,"
                    + " population) and one line per district");
        }
        List<String> header = lines.get(0).cells();
        int code = column(header, "adcode", "district_code", "code");
        int name = column(header, "district", "district_name", "name");
        int population = populationColumn(header, fileName);
        int[] ageColumns = {aliasColumn(header, Columns.AGE_0_2), aliasColumn(header, Columns.AGE_3_5),
            aliasColumn(header, Columns.AGE_60_PLUS)};
        Map<Integer, double[]> byDistrict = new HashMap<>();
        Map<Integer, Integer> lineOf = new HashMap<>();
        for (CsvRecords.Row row : lines.subList(1, lines.size())) {
            List<String> cells = row.cells();
            int district = match(districts, cell(cells, code), cell(cells, name));
            if (district < 0) {
                continue;
            }
            Integer earlier = lineOf.putIfAbsent(district, row.line());
            if (earlier != null) {
                throw new InvalidInputException(fileName + " line " + row.line() + ": district "
                        + districts.get(district).code() + " (" + districts.get(district).name() + ") already has a"
                        + " total on line " + earlier + "; keep one line per district");
            }
            double residents = number(cells, population, fileName, row.line());
            double[] values = {residents, Double.NaN, Double.NaN, Double.NaN};
            for (int g = 0; g < 3; g++) {
                if (ageColumns[g] >= 0) {
                    values[g + 1] = number(cells, ageColumns[g], fileName, row.line());
                    if (values[g + 1] > residents) {
                        throw new InvalidInputException(fileName + " line " + row.line() + ": " + header.get(ageColumns[g])
                                + " " + cell(cells, ageColumns[g]) + " is more than the district's population "
                                + cell(cells, population));
                    }
                }
            }
            byDistrict.put(district, values);
        }
        return byDistrict;
    }

    /** The column whose header is one of the aliases (without regard to case), or -1. */
    private static int aliasColumn(List<String> header, List<String> aliases) {
        for (int i = 0; i < header.size(); i++) {
            if (aliases.contains(header.get(i).strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static int match(List<District> districts, String code, String name) {
        for (int d = 0; d < districts.size(); d++) {
            if (!code.isEmpty() && districts.get(d).code().equals(code)) {
                return d;
            }
        }
        for (int d = 0; d < districts.size(); d++) {
            if (!name.isEmpty() && districts.get(d).name().equals(name)) {
                return d;
            }
        }
        return -1;
    }

    private static int column(List<String> header, String... names) {
        for (String name : names) {
            int i = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList().indexOf(name);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int populationColumn(List<String> header, String fileName) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip().toLowerCase(Locale.ROOT);
            boolean ageColumn = Columns.AGE_0_2.contains(h) || Columns.AGE_3_5.contains(h) || Columns.AGE_60_PLUS.contains(h);
            if (!ageColumn && (h.contains("population") || h.contains("residents") || h.contains("人口"))) {
                return i;
            }
        }
        throw new InvalidInputException(fileName + ": no population column (a header containing 'population',"
                + " 'residents' or 人口); header is " + header);
    }

    private static String cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
    }

    private static double number(List<String> cells, int index, String fileName, int line) {
        String text = cell(cells, index);
        try {
            double value = Double.parseDouble(text);
            if (value > Population.MAX_DISTRICT_RESIDENTS && Double.isFinite(value)) {
                throw new InvalidInputException(fileName + " line " + line + ": population '" + text + "' is more than "
                        + String.format(Locale.ROOT, "%,.0f", Population.MAX_DISTRICT_RESIDENTS)
                        + " residents for one district; check the column and its unit");
            }
            if (value >= 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidInputException(fileName + " line " + line + ": population '" + text + "' is not a number >= 0");
    }
}
