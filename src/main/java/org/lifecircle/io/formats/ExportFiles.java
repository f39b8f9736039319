package org.lifecircle.io.formats;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.lifecircle.io.csv.CsvLayerWriter;
import org.lifecircle.io.export.ExportFormat;
import org.lifecircle.io.export.ExportOptions;
import org.lifecircle.io.export.LayerWriter;
import org.lifecircle.io.files.AtomicFiles;
import org.lifecircle.io.files.OutputWriteException;
import org.lifecircle.io.geojson.GeoJsonLayerWriter;
import org.lifecircle.io.geopackage.GeoPackageLayerWriter;
import org.lifecircle.io.shapefile.ShapefileZipWriter;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.results.Layer;

/**
 * Writes a layer to a file atomically: the target's folder must exist and be writable and its
 * name must end as the format requires (checked before any work); the writer fills a temporary
 * file in the same folder, which is made readable like any output (rw-r--r--) and renamed over
 * the target at the end, and deleted on any failure.
 */
public final class ExportFiles {

    private ExportFiles() {
    }

    /** Checks that the target can be written in the format; throws a one-line error otherwise. */
    public static void checkTarget(Path target, ExportFormat format) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (format.extensions().stream().noneMatch(lower::endsWith)) {
            throw new InvalidInputException(target + ": a " + format.id() + " export must be named *"
                    + String.join(" or *", format.extensions()) + (format == ExportFormat.SHAPEFILE
                    ? " (the .shp, .shx, .dbf, .prj and .cpg files go into one zip)" : ""));
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException(target + ": the folder " + folder + " does not exist; create it first");
        }
        if (!Files.isWritable(folder)) {
            throw new InvalidInputException(target + ": the folder " + folder + " is not writable");
        }
        if (Files.isDirectory(target)) {
            throw new InvalidInputException(target + ": is a folder; give a file name");
        }
    }

    /** Writes the layer to the target through the format's writer; on failure nothing is left behind. */
    public static void write(Layer layer, ExportOptions options, Path target) {
        write(layer, options, target, writerFor(options.format()));
    }

    /** Writes with the given writer (tests use one that fails half-way). */
    public static void write(Layer layer, ExportOptions options, Path target, LayerWriter writer) {
        checkTarget(target, options.format());
        Path folder = target.toAbsolutePath().getParent();
        String extension = options.format().extensions().get(0);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part" + extension);
            Files.delete(temporary);    // writers create their file (GeoPackage refuses an existing one)
            writer.write(layer, options, temporary);
            AtomicFiles.moveIntoPlace(temporary, target);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new InvalidInputException(target + ": " + reason(e) + "; " + (Files.exists(target)
                    ? "the earlier file of that name is unchanged" : "no file was written"), e);
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    static LayerWriter writerFor(ExportFormat format) {
        return switch (format) {
            case SHAPEFILE -> new ShapefileZipWriter();
            case GEOPACKAGE -> new GeoPackageLayerWriter();
            case GEOJSON -> new GeoJsonLayerWriter();
            case CSV -> new CsvLayerWriter();
        };
    }

    /** A reason a planner can act on: a full disk or a permission, else the system's own words, in one line. */
    static String reason(IOException e) {
        Optional<String> full = OutputWriteException.diskFullMessage(e);
        if (full.isPresent()) {
            return "the disk is full (" + full.get() + ")";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot write (permission denied)";
        }
        return "cannot write (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip() + ")";
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
            } catch (IOException ignored) {
                // the original failure is what the user needs to see
            }
        }
    }
}
