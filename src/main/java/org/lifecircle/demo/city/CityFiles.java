package org.lifecircle.demo.city;

import java.util.List;

/** The generated city's files, in the order they are written. */
public final class CityFiles {

    public static final String NETWORK = "network.osm.pbf";
    public static final String FACILITIES = "facilities.csv";
    /** What to write after facilities.csv on the command line: its coordinates are GCJ-02. */
    public static final String FACILITIES_CRS = "gcj02";
    public static final String RESIDENTIAL = "residential.geojson";
    public static final String DISTRICTS = "districts.geojson";
    public static final String STREETS = "streets.geojson";
    public static final String COMMUNITIES = "communities.geojson";
    public static final String CENSUS = "census.csv";
    public static final String EXPECTED_GAPS = "expected-gaps.csv";
    public static final List<String> ALL = List.of(NETWORK, FACILITIES, RESIDENTIAL, DISTRICTS, STREETS, COMMUNITIES,
            CENSUS, EXPECTED_GAPS);

    private CityFiles() {
    }
}
