package org.lifecircle.io.inputs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.coverage.TierRule;
import org.lifecircle.io.files.DataFolder;
import org.lifecircle.model.InvalidInputException;

/**
 * The editable table ({@code gis-data/tiers.csv}) that maps the values of a facility file's tier
 * column, in English or Chinese (区级养老服务中心, 街道(乡镇)养老服务站, ...), to the facility
 * tiers of {@link TierRule#TIERS}.
 */
public final class TierTable {

    private static final String FILE_NAME = "tiers.csv";

    private final Map<String, String> byValue;
    private final String source;

    private TierTable(Map<String, String> byValue, String source) {
        this.byValue = Map.copyOf(byValue);
        this.source = source;
    }

    /** The installation's table (gis-data/tiers.csv), read now; else the copy shipped in the jar. */
    public static TierTable load() {
        Optional<Path> installed = DataFolder.findFile(FILE_NAME);
        if (installed.isPresent()) {
            try (InputStream in = Files.newInputStream(installed.get())) {
                return parse(in, DataFolder.displayName(FILE_NAME));
            } catch (IOException e) {
                throw new InvalidInputException(FILE_NAME + ": cannot read (" + e.getClass().getSimpleName() + ")");
            }
        }
        try (InputStream in = TierTable.class.getResourceAsStream("/" + FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException(FILE_NAME + " is missing from the application");
            }
            return parse(in, FILE_NAME);
        } catch (IOException e) {
            throw new InvalidInputException(FILE_NAME + ": cannot read (" + e.getMessage() + ")");
        }
    }

    static TierTable parse(InputStream in, String source) throws IOException {
        Map<String, String> byValue = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        for (int number = 1; (line = reader.readLine()) != null; number++) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("value,")) {
                continue;
            }
            String[] cells = text.split(",", -1);
            if (cells.length != 2 || cells[0].isBlank() || !TierRule.TIERS.contains(cells[1].strip())) {
                throw new InvalidInputException(source + " line " + number + ": expected value,tier with tier one of "
                        + String.join(", ", TierRule.TIERS));
            }
            byValue.put(normal(cells[0]), cells[1].strip());
        }
        return new TierTable(byValue, source);
    }

    /** The tier a file's value stands for; empty for an empty value, an error naming the row for an unknown one. */
    public String tierOf(String value, String location) {
        if (value.isBlank()) {
            return "";
        }
        String tier = byValue.get(normal(value));
        if (tier == null) {
            throw new InvalidInputException(location + ": unknown tier '" + value + "' (use district_centre,"
                    + " street_station or community_site, or add the value to " + source + ")");
        }
        return tier;
    }

    private static String normal(String value) {
        return value.replace('（', '(').replace('）', ')').replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
