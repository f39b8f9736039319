package org.lifecircle.demo;

import java.nio.file.Path;
import java.util.List;
import org.lifecircle.io.files.DataFolder;

/** The demo city's files and where they live: {@code gis-data/demo} of the installation. */
public final class DemoFiles {

    public static final String NETWORK = "network.osm";
    public static final String FACILITIES = "facilities.csv";
    /** What to write after facilities.csv on the command line: its coordinates are GCJ-02. */
    public static final String FACILITIES_CRS = "gcj02";
    public static final String RESIDENTIAL = "residential.geojson";
    public static final String DISTRICTS = "districts.geojson";
    public static final String STREETS = "streets.geojson";
    public static final String COMMUNITIES = "communities.geojson";
    public static final String EXPECTED_GAPS = "expected-gaps.csv";
    /** Every generated file, in the order they are written. */
    public static final List<String> ALL = List.of(NETWORK, FACILITIES, RESIDENTIAL, DISTRICTS, STREETS, COMMUNITIES,
            EXPECTED_GAPS);

    private DemoFiles() {
    }

    /** {@code demo} in the installation's data folder ({@link DataFolder}). */
    public static Path defaultFolder() {
        return DataFolder.path().resolve("demo");
    }
}
