package org.lifecircle.service.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.files.TempFolders;
import org.lifecircle.io.files.ZipUnpacker;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.service.coverage.DatasetSources;
import org.lifecircle.units.UnitFile;
import org.lifecircle.units.UnitLevel;

/**
 * The input files of a dataset sent as one zip (for the API's import): unpacked into a private
 * folder and told apart by name, as a planner would name them:
 * <ul>
 *   <li>the walking network: the one OpenStreetMap file ({@code .osm}, {@code .osm.pbf},
 *       {@code .osm.bz2}, {@code .osm.gz});</li>
 *   <li>{@code facilities*.csv|txt|geojson|json|shp|gpkg|zip}: one or more;</li>
 *   <li>{@code residential.*}, {@code districts.*}, {@code streets.*} and {@code communities.*}, at most
 *       one each (the units of the three levels); {@code population.csv}; {@code gates.*} (compound
 *       gates, as {@code --gates}), at most one.</li>
 * </ul>
 * A coordinate system other than the file's own goes after an {@code @} in the name, as on the
 * command line: {@code facilities@gcj02.csv}. Folders inside the zip are ignored, and so are a
 * Shapefile's companion files (.shx, .dbf, .prj, .cpg) and the hidden files of desktop systems.
 */
public final class UploadedDataset implements AutoCloseable {

    /** 512 MB zipped, 64 files, 2 GB unpacked: a large city's OSM extract and layers fit. */
    public static final ZipUnpacker.Limits DEFAULT_LIMITS = new ZipUnpacker.Limits(512L << 20, 64, 2L << 30);
    private static final String UPLOAD = "the upload";
    private static final List<String> OSM_ENDINGS = List.of(".osm", ".osm.pbf", ".pbf", ".osm.bz2", ".osm.gz");
    private static final List<String> FEATURE_ENDINGS = List.of(".csv", ".txt", ".geojson", ".json", ".shp", ".gpkg",
            ".zip");
    private static final List<String> COMPANION_ENDINGS = List.of(".shx", ".dbf", ".prj", ".cpg", ".qpj", ".sbn",
            ".sbx", ".shp.xml", ".qmd");

    private final Path folder;
    private final DatasetSources sources;

    private UploadedDataset(Path folder, DatasetSources sources) {
        this.folder = folder;
        this.sources = sources;
    }

    /** Unpacks the zip within the limits and names the files' roles; nothing is left behind on failure. */
    public static UploadedDataset unpack(InputStream zip, ZipUnpacker.Limits limits) {
        Path folder;
        try {
            folder = Files.createTempDirectory("lifecircle-upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ZipUnpacker unpacker = new ZipUnpacker(limits, UPLOAD);
            Path received = Files.createDirectories(folder.resolve("received")).resolve("upload.zip");
            unpacker.receive(zip, received);
            List<Path> files = unpacker.unpack(received, Files.createDirectories(folder.resolve("files")));
            return new UploadedDataset(folder, sourcesOf(files));
        } catch (IOException e) {
            TempFolders.delete(folder);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            TempFolders.delete(folder);
            throw e;
        }
    }

    public DatasetSources sources() {
        return sources;
    }

    /** The message without the private folder's path, which is nobody's business outside the server. */
    /** How the store names an unpacked file: by its name in the zip (folders inside the zip are not kept). */
    public String nameInUpload(String path) {
        return String.valueOf(Path.of(path).getFileName());
    }

    public String withoutFolder(String message) {
        return message.replace(folder + java.io.File.separator, "").replace(folder.toString(), UPLOAD);
    }

    @Override
    public void close() {
        TempFolders.delete(folder);
    }

    private static DatasetSources sourcesOf(List<Path> files) {
        List<Path> osm = new ArrayList<>();
        List<FileWithCrs> facilities = new ArrayList<>();
        List<FileWithCrs> residential = new ArrayList<>();
        List<FileWithCrs> districts = new ArrayList<>();
        Map<UnitLevel, List<FileWithCrs>> units = new EnumMap<>(Map.of(UnitLevel.STREET, new ArrayList<>(),
                UnitLevel.COMMUNITY, new ArrayList<>()));
        List<Path> population = new ArrayList<>();
        List<FileWithCrs> gates = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (endsWithAny(lower, OSM_ENDINGS)) {
                osm.add(file);
            } else if (endsWithAny(lower, COMPANION_ENDINGS)) {
                continue;
            } else if (!endsWithAny(lower, FEATURE_ENDINGS)) {
                throw unexpected(name);
            } else if (lower.startsWith("facilities")) {
                facilities.add(withCrs(file, name));
            } else if (lower.startsWith("residential")) {
                residential.add(withCrs(file, name));
            } else if (lower.startsWith("districts")) {
                districts.add(withCrs(file, name));
            } else if (lower.startsWith("streets")) {
                units.get(UnitLevel.STREET).add(withCrs(file, name));
            } else if (lower.startsWith("communities")) {
                units.get(UnitLevel.COMMUNITY).add(withCrs(file, name));
            } else if (lower.startsWith("population")) {
                population.add(file);
            } else if (lower.startsWith("gates")) {
                gates.add(withCrs(file, name));
            } else {
                throw unexpected(name);
            }
        }
        List<UnitFile> unitFiles = new ArrayList<>();
        units.forEach((level, found) -> optional(found, level == UnitLevel.STREET ? "streets" : "communities")
                .ifPresent(file -> unitFiles.add(new UnitFile(level, file))));
        return DatasetSources.withUnits(single(osm, "OpenStreetMap file (e.g. network.osm.pbf)"),
                required(facilities), optional(residential, "residential"), optional(districts, "districts"),
                optional(population, "population"), unitFiles).withGates(optional(gates, "gates"));
    }

    /** {@code facilities@gcj02.csv}: the part after '@' and before the extension names the system. */
    private static FileWithCrs withCrs(Path file, String name) {
        int at = name.indexOf('@');
        if (at < 0) {
            return new FileWithCrs(file, Optional.empty());
        }
        int dot = name.indexOf('.', at);
        String crs = name.substring(at + 1, dot < 0 ? name.length() : dot);
        return new FileWithCrs(file, Optional.of(CrsSpec.find(crs).orElseThrow(() -> new InvalidInputException(
                UPLOAD + ": " + name + " names the coordinate system '" + crs + "', which is not known; use wgs84,"
                        + " gcj02, bd09, cgcs2000 or epsg:NNNN"))));
    }

    private static Path single(List<Path> found, String what) {
        if (found.size() != 1) {
            throw new InvalidInputException(UPLOAD + ": needs exactly one " + what + ", found " + found.size()
                    + (found.isEmpty() ? "" : " (" + names(found) + ")"));
        }
        return found.get(0);
    }

    private static List<FileWithCrs> required(List<FileWithCrs> facilities) {
        if (facilities.isEmpty()) {
            throw new InvalidInputException(UPLOAD + ": no facilities file; name it facilities.csv (or .geojson,"
                    + " .shp, .gpkg)");
        }
        return facilities;
    }

    private static <T> Optional<T> optional(List<T> found, String role) {
        if (found.size() > 1) {
            throw new InvalidInputException(UPLOAD + ": more than one " + role + " file; give one");
        }
        return found.stream().findFirst();
    }

    private static boolean endsWithAny(String name, List<String> endings) {
        return endings.stream().anyMatch(name::endsWith);
    }

    private static InvalidInputException unexpected(String name) {
        return new InvalidInputException(UPLOAD + ": unexpected file '" + name + "'; name the files network.osm.pbf"
                + " (or .osm, .osm.bz2, .osm.gz), facilities.csv, residential.geojson, districts.geojson,"
                + " streets.geojson, communities.geojson and population.csv (GeoJSON, CSV, Shapefile or GeoPackage)");
    }

    private static String names(List<Path> files) {
        return String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
    }
}
