package org.lifecircle.io.shapefile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Shapefile field names: dBASE allows at most 10 ASCII characters. Names that fit are kept; longer
 * ones have their words shortened (elderly_care_distance_m becomes eld_dist_m), then every other
 * word cut to three letters (health_station_covered becomes hea_sta_cov), then lose their
 * underscores, then are cut; a name already taken (compared ignoring case) gets a number at its
 * end. The zip's fields.txt maps every short name back to the full one.
 */
public final class DbfFieldNames {

    static final int MAX_LENGTH = 10;

    /** Word abbreviations, applied in this order to names longer than MAX_LENGTH. */
    private static final List<Map.Entry<String, String>> WORDS = List.of(
            Map.entry("elderly_care", "eld"), Map.entry("childcare", "chd"), Map.entry("convenience", "cnv"),
            Map.entry("district", "dstr"), Map.entry("distance", "dist"), Map.entry("facility", "fac"),
            Map.entry("facilities", "fac"), Map.entry("population", "pop"), Map.entry("source", "src"),
            Map.entry("covered", "cov"), Map.entry("coverage", "cov"), Map.entry("target", "tgt"),
            Map.entry("areas", "ar"), Map.entry("name", "nm"), Map.entry("category", "cat"),
            Map.entry("capacity", "cap"));

    private DbfFieldNames() {
    }

    /** Short names for the full names, in the same order, unique ignoring case. */
    public static List<String> shorten(List<String> fullNames) {
        List<String> shortNames = new ArrayList<>(fullNames.size());
        Set<String> taken = new HashSet<>();
        for (String full : fullNames) {
            String candidate = shorten(full);
            String unique = candidate;
            for (int n = 2; taken.contains(unique.toLowerCase(Locale.ROOT)); n++) {
                String suffix = Integer.toString(n);
                unique = candidate.substring(0, Math.min(candidate.length(), MAX_LENGTH - suffix.length())) + suffix;
            }
            taken.add(unique.toLowerCase(Locale.ROOT));
            shortNames.add(unique);
        }
        return shortNames;
    }

    private static String shorten(String full) {
        String ascii = full.replaceAll("[^A-Za-z0-9_]", "_");
        if (ascii.length() <= MAX_LENGTH) {
            return ascii;
        }
        String words = "_" + ascii + "_";
        for (Map.Entry<String, String> word : WORDS) {
            words = words.replace("_" + word.getKey() + "_", "_" + word.getValue() + "_");
        }
        String abbreviated = words.substring(1, words.length() - 1);
        if (abbreviated.length() > MAX_LENGTH) {
            abbreviated = abbreviated.replaceAll("(?<=^|_)([A-Za-z]{3})[A-Za-z]+", "$1");
        }
        if (abbreviated.length() > MAX_LENGTH) {
            abbreviated = abbreviated.replace("_", "");
        }
        return abbreviated.length() > MAX_LENGTH ? abbreviated.substring(0, MAX_LENGTH) : abbreviated;
    }
}
