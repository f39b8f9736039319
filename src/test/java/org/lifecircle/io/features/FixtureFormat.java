package org.lifecircle.io.features;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.lifecircle.io.files.TextCharsets;

/**
 * Every input format, each writing the fixture and returning the argument a user would give
 * ({@code FILE} or {@code FILE@crs}). A suffix is written only where the file cannot declare its
 * system: GCJ-02 always (no format can name it); EPSG:4548 for CSV, while GeoJSON (crs member),
 * Shapefile (.prj) and GeoPackage (srs row) declare it themselves.
 */
enum FixtureFormat {
    CSV_UTF8 {
        @Override
        String write(Path dir, FixtureLayer layer, FixtureCrs crs) throws IOException {
            return TextFixtureWriter.csv(dir, layer, crs, StandardCharsets.UTF_8);
        }
    },
    CSV_GBK {
        @Override
        String write(Path dir, FixtureLayer layer, FixtureCrs crs) throws IOException {
            return TextFixtureWriter.csv(dir, layer, crs, TextCharsets.GBK);
        }
    },
    GEOJSON {
        @Override
        String write(Path dir, FixtureLayer layer, FixtureCrs crs) throws IOException {
            return TextFixtureWriter.geoJson(dir, layer, crs);
        }
    },
    SHAPEFILE {
        @Override
        String write(Path dir, FixtureLayer layer, FixtureCrs crs) throws IOException {
            return ShapefileFixtureWriter.write(dir, layer, crs, "UTF-8") + gcjSuffix(crs);
        }
    },
    SHAPEFILE_ZIP {
        @Override
        String write(Path dir, FixtureLayer layer, FixtureCrs crs) throws IOException {
            return ShapefileFixtureWriter.writeZip(dir, layer, crs) + gcjSuffix(crs);
        }
    },
    GEOPACKAGE {
        @Override
        String write(Path dir, FixtureLayer layer, FixtureCrs crs) throws IOException {
            return GeoPackageFixtureWriter.write(dir, layer, crs) + gcjSuffix(crs);
        }
    };

    abstract String write(Path dir, FixtureLayer layer, FixtureCrs crs) throws IOException;

    private static String gcjSuffix(FixtureCrs crs) {
        return crs == FixtureCrs.GCJ02 ? crs.suffix() : "";
    }
}
