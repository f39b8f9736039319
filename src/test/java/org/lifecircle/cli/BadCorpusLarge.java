package org.lifecircle.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lifecircle.io.geojson.LargeGeoJson;

/**
 * The corpus inputs too large to commit, written at test time by streaming: the test holds one
 * feature or one buffer at a time, never the file.
 */
final class BadCorpusLarge {

    /** What the zip bomb's .shp unpacks to: more than the 512 MiB cap on a Shapefile zip. */
    static final long BOMB_BYTES = 600L << 20;

    private BadCorpusLarge() {
    }

    /** Writes the named generated input into the folder and returns it. */
    static Path generate(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            switch (name) {
                case "facilities-100mb.geojson" -> LargeGeoJson.writeFacilities(file, LargeGeoJson.HUNDRED_MIB);
                case "zip-bomb.zip" -> writeZipBomb(file, BOMB_BYTES);
                default -> throw new IllegalArgumentException("no generator for " + name);
            }
        }
        return file;
    }

    /** A zip whose .shp is {@code bytes} zeros, deflated to about a thousandth of that. */
    static void writeZipBomb(Path file, long bytes) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.setLevel(Deflater.BEST_SPEED);
            out.putNextEntry(new ZipEntry("bomb.shp"));
            byte[] zeros = new byte[1 << 20];
            for (long left = bytes; left > 0; left -= zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
            out.closeEntry();
            for (String part : new String[] {"bomb.shx", "bomb.dbf"}) {
                out.putNextEntry(new ZipEntry(part));
                out.write(new byte[100]);
                out.closeEntry();
            }
        }
    }
}
