package org.lifecircle.io.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Coordinate;

/**
 * What every reader promises for any bytes: features whose WGS84 coordinates are finite and in
 * range, located in the file, or an {@link InvalidInputException} whose one-line message names the
 * file. Any other exception or error fails the fuzz test with the seed that reproduces the input.
 */
public final class ReaderContract {

    /** Reads taking longer than this count as hanging (inputs are a few hundred bytes; a machine may be busy). */
    static final long SLOW_READ_MILLIS = 5_000;

    private int accepted;
    private int refused;
    private long slowestMillis;

    /** Writes the bytes to the file, reads it and checks the outcome; {@code seed} goes into every failure. */
    public void check(FeatureReader reader, Path file, byte[] bytes, Optional<CrsSpec> crs, long seed) throws IOException {
        check(reader, file, bytes, crs, seed, file.getFileName().toString());
    }

    /**
     * As {@link #check(FeatureReader, Path, byte[], Optional, long)}, for data sets of several files
     * (a Shapefile's .shp, .shx, .dbf ...): messages and locations must name one of them, which all
     * start with {@code fileName}.
     */
    public void check(FeatureReader reader, Path file, byte[] bytes, Optional<CrsSpec> crs, long seed, String fileName)
            throws IOException {
        Files.write(file, bytes);
        String context = "seed " + seed + ", crs " + crs.map(Object::toString).orElse("none") + ", input "
                + preview(bytes);
        long started = System.nanoTime();
        try {
            List<SourceFeature> features = reader.read(file, crs);
            features.forEach(feature -> checkFeature(feature, fileName, context));
            accepted++;
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).as(context).contains(fileName).doesNotContain("\n").doesNotContain("\r");
            refused++;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail("not an InvalidInputException: " + e + "; " + context, e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        slowestMillis = Math.max(slowestMillis, millis);
        assertThat(millis).as("read time in ms, " + context).isLessThan(SLOW_READ_MILLIS);
    }

    private static void checkFeature(SourceFeature feature, String fileName, String context) {
        assertThat(feature.location()).as(context).startsWith(fileName);
        for (Coordinate c : feature.geometry().getCoordinates()) {
            assertThat(Double.isFinite(c.x) && Double.isFinite(c.y)).as("finite " + c + ", " + context).isTrue();
            assertThat(Math.abs(c.x)).as("longitude, " + context).isLessThanOrEqualTo(180);
            assertThat(Math.abs(c.y)).as("latitude, " + context).isLessThanOrEqualTo(90);
        }
    }

    public int accepted() {
        return accepted;
    }

    public int refused() {
        return refused;
    }

    String summary() {
        return accepted + " read, " + refused + " refused, slowest read " + slowestMillis + " ms";
    }

    long slowestMillis() {
        return slowestMillis;
    }

    /** The first bytes as escaped text, enough to recognise the input in a failure message. */
    static String preview(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 300); i++) {
            int b = bytes[i] & 0xFF;
            text.append(b >= 0x20 && b < 0x7F && b != '\\' ? String.valueOf((char) b) : String.format("\\x%02x", b));
        }
        return text + (bytes.length > 300 ? "... (" + bytes.length + " bytes)" : "");
    }
}
