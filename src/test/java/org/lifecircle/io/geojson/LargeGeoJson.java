package org.lifecircle.io.geojson;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** Writes large GeoJSON files by streaming, for the memory tests and the bad-input corpus. */
public final class LargeGeoJson {

    /** 100 MiB. */
    public static final long HUNDRED_MIB = 100L << 20;
    private static final String[] CATEGORIES = {"便利店", "超市", "幼儿园", "托育", "日间照料", "养老服务中心"};

    private LargeGeoJson() {
    }

    /**
     * A FeatureCollection of at least {@code minBytes}: facility points spread over the demo city
     * with the attributes a POI export carries (id, name, category, address, phone, photo links).
     */
    public static void writeFacilities(Path file, long minBytes) throws IOException {
        Random random = new Random(100);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"type\":\"FeatureCollection\",\"name\":\"poi-export\",\"features\":[\n");
            long written = 0;
            for (int i = 1; written < minBytes; i++) {
                String feature = facility(i, random);
                out.write(i == 1 ? feature : ",\n" + feature);
                written += feature.getBytes(StandardCharsets.UTF_8).length + 2;
            }
            out.write("\n]}\n");
        }
    }

    private static String facility(int i, Random random) {
        double lon = 117.1830 + random.nextDouble() * 0.0330;
        double lat = 39.1070 + random.nextDouble() * 0.0250;
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        return String.format(Locale.ROOT, "{\"type\":\"Feature\",\"id\":\"B0%08d\",\"properties\":{\"name\":\"%s第%d号\","
                + "\"category\":\"%s\",\"address\":\"天津市西岭区清水河路%d号\",\"tel\":\"022-%08d\",\"photos\":"
                + "[\"https://example.invalid/p/%d-1.jpg\",\"https://example.invalid/p/%d-2.jpg\"]},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.7f,%.7f]}}",
                i, category, i, category, i % 900 + 1, i, i, i, lon, lat);
    }
}
