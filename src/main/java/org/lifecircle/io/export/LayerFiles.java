package org.lifecircle.io.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lifecircle.crs.FromWgs84;
import org.lifecircle.io.AtomicFiles;
import org.lifecircle.io.OutputWriteException;
import org.lifecircle.model.InvalidInputException;

/**
 * Writes a layer to a file atomically: into a temporary file beside the target, renamed over it
 * at the end; on any failure the temporary file is removed and the target is untouched.
 */
public final class LayerFiles {

    private LayerFiles() {
    }

    /** Fails when the target's folder is missing or not writable (checked again when writing). */
    public static void checkTarget(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException(target + ": the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new InvalidInputException(target + ": the folder " + folder + " is not writable");
        }
    }

    /** Fails unless the target's name ends as the format's files do (a Shapefile comes as a .zip). */
    public static void checkExtension(Path target, ExportFormat format) {
        String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean json = format == ExportFormat.GEOJSON && name.endsWith(".json");
        if (!name.endsWith(format.extension()) && !json) {
            throw new InvalidInputException(target.getFileName() + ": a " + format.id() + " export is written to a "
                    + format.extension() + " file; name it so");
        }
    }

    public static void write(ExportLayer layer, ExportFormat format, ExportOptions options, Path target) {
        checkTarget(target);
        checkExtension(target, format);
        Path folder = target.toAbsolutePath().getParent();
        FromWgs84 crs = FromWgs84.to(options.epsgCode());
        Path temporary = null;
        try {
            // The temporary name keeps the format's extension: the GeoPackage library insists on it.
            temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp" + format.extension());
            Files.delete(temporary); // the writers create it (SQLite refuses an existing empty file)
            writerFor(format).write(layer, options, crs, temporary);
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

    private static LayerWriter writerFor(ExportFormat format) {
        return switch (format) {
            case SHP -> new ShapefileZipWriter();
            case GPKG -> new GeoPackageLayerWriter();
            case GEOJSON -> new GeoJsonLayerWriter();
            case CSV -> new CsvLayerWriter();
        };
    }

    /** A reason a planner can act on: a full disk or a permission, else the system's own words. */
    static String reason(IOException e) {
        Optional<String> full = OutputWriteException.diskFullMessage(e);
        if (full.isPresent()) {
            return "the disk is full (" + full.get() + ")";
        }
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        if (e instanceof AccessDeniedException) {
            return "cannot write (permission denied)";
        }
        return "cannot write (" + message + ")";
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the original failure is what the user needs to see
            }
        }
    }
}
