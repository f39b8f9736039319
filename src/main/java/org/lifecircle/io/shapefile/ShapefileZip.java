package org.lifecircle.io.shapefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.lifecircle.io.files.InputFiles;
import org.lifecircle.io.files.TempFolders;
import org.lifecircle.io.files.ZipUnpacker;
import org.lifecircle.model.InvalidInputException;

/**
 * A zipped Shapefile, extracted to a temporary folder that {@link #close()} deletes. Only the
 * Shapefile parts (.shp .shx .dbf .prj .cpg) are extracted, macOS "._" shadow files are ignored,
 * a zip with any entry name that would leave the folder (".." or absolute paths) is refused
 * ({@link ZipUnpacker#requireSafeName}), and the parts may
 * unpack to at most a size cap: checked first on the sizes the archive declares (an honest "zip
 * bomb" is refused before anything is written), then on the bytes actually written (one that lies
 * about its sizes stops at the cap, so it cannot fill the disk). Entry names are read as UTF-8, or
 * as GBK when the archive was made on Chinese Windows.
 */
final class ShapefileZip implements AutoCloseable {

    /**
     * Default cap on the extracted size: 512 MiB. A .shp may reach 2 GiB by its specification, but
     * the facility, residential and district layers of a city are a few MiB to a few hundred MiB,
     * and the temporary copy goes to the system's temporary folder, where a 2 GiB bomb per request
     * would be a cheap way to fill the disk of a server. Larger Shapefiles are read unzipped.
     */
    static final long DEFAULT_MAX_BYTES = 512L << 20;
    private static final Set<String> PART_EXTENSIONS = Set.of("shp", "shx", "dbf", "prj", "cpg");

    private final Path folder;
    private final Path shp;
    private final String displayName;

    private ShapefileZip(Path folder, Path shp, String displayName) {
        this.folder = folder;
        this.shp = shp;
        this.displayName = displayName;
    }

    /** Extracts the zip and picks its .shp: the only one, or the one named by {@code layer}. */
    static ShapefileZip extract(Path zip, Optional<String> layer, long maxBytes) {
        String zipName = InputFiles.nameOf(zip);
        InputFiles.requireFile(zip);
        Path folder;
        try {
            folder = Files.createTempDirectory("lifecircle-shp");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        try {
            List<String> shpEntries = extractParts(zip, zipName, folder, maxBytes);
            String chosen = choose(shpEntries, layer, zipName);
            return new ShapefileZip(folder, folder.resolve(chosen), zipName + "/" + chosen);
        } catch (RuntimeException e) {
            TempFolders.delete(folder);
            throw e;
        }
    }

    Path shp() {
        return shp;
    }

    /** "parcels.zip/parcels.shp", for messages. */
    String displayName() {
        return displayName;
    }

    @Override
    public void close() {
        TempFolders.delete(folder);
    }

    private static List<String> extractParts(Path zip, String zipName, Path folder, long maxBytes) {
        String hint = "give the .zip that holds the .shp, .shx and .dbf files";
        try (ZipFile archive = ZipUnpacker.open(zip, zipName, hint)) {
            checkDeclaredSizes(archive, zipName, maxBytes);
            List<String> shpEntries = new ArrayList<>();
            long written = 0;
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                ZipUnpacker.requireSafeName(entry.getName(), zipName);
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || !isShapefilePart(name)) {
                    continue;
                }
                Path target = safeTarget(folder, name, zipName);
                Files.createDirectories(target.getParent());
                try (InputStream in = archive.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                    written += ZipUnpacker.copyCapped(in, out, maxBytes - written, () -> tooLarge(zipName, maxBytes));
                }
                if (name.toLowerCase(Locale.ROOT).endsWith(".shp")) {
                    shpEntries.add(folder.relativize(target).toString());
                }
            }
            return shpEntries;
        } catch (IOException e) {
            throw new InvalidInputException(zipName + ": cannot be unzipped (" + e.getMessage() + "); check that it is"
                    + " a complete .zip file", e);
        }
    }

    /** Refuses the archive when the sizes its directory declares for the parts add up to more than the cap. */
    private static void checkDeclaredSizes(ZipFile archive, String zipName, long maxBytes) {
        long declared = 0;
        Enumeration<? extends ZipEntry> entries = archive.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (!entry.isDirectory() && isShapefilePart(entry.getName().replace('\\', '/'))) {
                declared += Math.max(0, entry.getSize());
            }
        }
        if (declared > maxBytes) {
            throw tooLarge(zipName, maxBytes);
        }
    }

    private static InvalidInputException tooLarge(String zipName, long maxBytes) {
        String cap = maxBytes % (1 << 20) == 0 ? (maxBytes >> 20) + " MiB" : maxBytes + " bytes";
        return new InvalidInputException(zipName + ": the Shapefile parts unpack to more than " + cap + "; refusing"
                + " to extract (a damaged or hostile zip?). Unzip it yourself and give the .shp file");
    }

    private static boolean isShapefilePart(String name) {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        int dot = fileName.lastIndexOf('.');
        return !fileName.startsWith("._") && !name.startsWith("__MACOSX/") && dot > 0
                && PART_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The part's place in the folder; {@link ZipUnpacker#requireSafeName} has refused names that leave it. */
    private static Path safeTarget(Path folder, String name, String zipName) {
        Path target = folder.resolve(name).normalize();
        if (!target.startsWith(folder)) {
            throw new InvalidInputException(zipName + ": entry '" + name + "' points outside the archive folder;"
                    + " refusing to extract it. Re-create the zip with plain relative names");
        }
        return target;
    }

    private static String choose(List<String> shpEntries, Optional<String> layer, String zipName) {
        if (layer.isPresent()) {
            String wanted = layer.get().toLowerCase(Locale.ROOT).replaceFirst("\\.shp$", "");
            return shpEntries.stream()
                    .filter(e -> baseName(e).equalsIgnoreCase(wanted) || e.equalsIgnoreCase(layer.get()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(zipName + ": no Shapefile named '" + layer.get()
                            + "' inside; it holds: " + listing(shpEntries)));
        }
        if (shpEntries.size() == 1) {
            return shpEntries.get(0);
        }
        if (shpEntries.isEmpty()) {
            throw new InvalidInputException(zipName + ": holds no .shp file; zip the .shp, .shx, .dbf and .prj"
                    + " files of one Shapefile together");
        }
        throw new InvalidInputException(zipName + ": holds " + shpEntries.size() + " Shapefiles (" + listing(shpEntries)
                + "); name the one to read (layer option)");
    }

    private static String baseName(String entry) {
        String fileName = entry.substring(entry.replace('\\', '/').lastIndexOf('/') + 1);
        return fileName.replaceFirst("(?i)\\.shp$", "");
    }

    private static String listing(List<String> entries) {
        return entries.isEmpty() ? "no .shp files" : String.join(", ", entries);
    }
}
