package org.lifecircle.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 MiB GeoJSON (310,412 POI features, written at test time) is read in a JVM limited to
 * 450 MiB of heap. The features themselves take about 345 MiB once read, so the reader may hold
 * little beyond them: streaming one feature at a time passes (it needs about 350 MiB), reading the
 * whole file into a Jackson tree, as the reader did before, needs about 800 MiB and fails here.
 */
class GeoJsonLargeFileTest {

    private static final String HEAP_LIMIT = "-Xmx450m";

    @TempDir
    Path dir;

    @Test
    void aHundredMegabyteFileIsReadInASmallHeap() throws IOException, InterruptedException {
        Path file = dir.resolve("poi-100mb.geojson");
        LargeGeoJson.writeFacilities(file, LargeGeoJson.HUNDRED_MIB);
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(LargeGeoJson.HUNDRED_MIB);

        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP_LIMIT, "-cp", System.getProperty("java.class.path"), GeoJsonHeapProbe.class.getName(),
                file.toString())).redirectErrorStream(true).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("finished within 2 minutes").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).startsWith("310412 features");
    }
}
