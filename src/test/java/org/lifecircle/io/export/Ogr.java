package org.lifecircle.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs GDAL's ogrinfo (Debian gdal-bin, installed by .ci/run) on an exported file: the independent
 * reader the exports are checked against. A zipped Shapefile is opened through /vsizip/.
 */
public final class Ogr {

    private Ogr() {
    }

    /** The path GDAL should open: /vsizip/ for a .zip. */
    public static String source(Path file) {
        String path = file.toAbsolutePath().toString();
        return path.toLowerCase(Locale.ROOT).endsWith(".zip") ? "/vsizip/" + path : path;
    }

    /** ogrinfo -ro -al -so: summary with feature count, fields and the layer's CRS. */
    public static String summary(Path file) {
        return run("ogrinfo", "-ro", "-al", "-so", source(file));
    }

    /** ogrinfo -ro -al: every feature. */
    public static String features(Path file) {
        return run("ogrinfo", "-ro", "-al", source(file));
    }

    /** ogrinfo with an SQLite-dialect query (SpatiaLite functions: ST_Area, ST_IsValid). */
    public static String sql(Path file, String query) {
        return run("ogrinfo", "-ro", "-dialect", "SQLite", "-sql", query, source(file));
    }

    /** The values of one field in ogrinfo's feature listing ("  name (String) = value"). */
    public static List<String> values(String listing, String field) {
        List<String> values = new ArrayList<>();
        String prefix = "  " + field + " (";
        for (String line : listing.split("\n")) {
            if (line.startsWith(prefix)) {
                values.add(line.substring(line.indexOf(") = ") + 4));
            }
        }
        return values;
    }

    /** The EPSG code GDAL identified for the layer: the last top-level ID["EPSG",N] of its SRS. */
    public static int epsgCode(String summary) {
        int at = summary.lastIndexOf("\n    ID[\"EPSG\",");
        if (at < 0) {
            throw new AssertionError("no EPSG code in ogrinfo's output:\n" + summary);
        }
        String rest = summary.substring(at + "\n    ID[\"EPSG\",".length());
        return Integer.parseInt(rest.substring(0, rest.indexOf(']')));
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n"
                        + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command[0] + " (install gdal-bin, as .ci/run does): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
