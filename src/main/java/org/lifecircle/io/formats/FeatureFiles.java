package org.lifecircle.io.formats;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.csv.CsvFeatureReader;
import org.lifecircle.io.features.FeatureReadOptions;
import org.lifecircle.io.features.FeatureReader;
import org.lifecircle.io.files.InputFiles;
import org.lifecircle.io.geojson.GeoJsonFeatureReader;
import org.lifecircle.io.geopackage.GeoPackageFeatureReader;
import org.lifecircle.io.shapefile.ShapefileFeatureReader;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;

/**
 * Picks the reader for a feature file from its extension and reads it with the coordinate system
 * the user gave: .csv and .txt (CSV or tab-separated), .geojson and .json, .shp and .zip
 * (Shapefile), .gpkg (GeoPackage).
 */
public final class FeatureFiles {

    /** The extensions understood, for messages. */
    public static final String KNOWN_EXTENSIONS = ".csv/.txt, .geojson/.json, .shp/.zip (Shapefile) or .gpkg";

    private FeatureFiles() {
    }

    /** The reader for the file's extension, with default options. */
    public static FeatureReader readerFor(Path file) {
        return readerFor(file, FeatureReadOptions.defaults());
    }

    /** The reader for the file's extension; unknown extensions are an error naming the known ones. */
    public static FeatureReader readerFor(Path file, FeatureReadOptions options) {
        String name = InputFiles.nameOf(file);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "csv", "txt" -> new CsvFeatureReader(options.charset());
            case "geojson", "json" -> new GeoJsonFeatureReader();
            case "shp", "zip" -> new ShapefileFeatureReader(options.charset(), options.layer());
            case "gpkg" -> new GeoPackageFeatureReader(options.layer());
            default -> throw new InvalidInputException(name + ": unknown file type "
                    + (extension.isEmpty() ? "(no extension)" : "'." + extension + "'") + "; give a " + KNOWN_EXTENSIONS
                    + " file");
        };
    }

    /** Reads the file as {@code FILE@CRS} names it, with default options. */
    public static List<SourceFeature> read(FileWithCrs input) {
        return read(input, FeatureReadOptions.defaults());
    }

    /** Reads the file: missing files and unknown extensions are errors, features come back in WGS84. */
    public static List<SourceFeature> read(FileWithCrs input, FeatureReadOptions options) {
        FeatureReader reader = readerFor(input.path(), options);
        InputFiles.requireFile(input.path());
        return reader.read(input.path(), input.crs());
    }
}
