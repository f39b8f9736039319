package org.lifecircle.demo.city;

import java.util.List;
import org.lifecircle.demo.DemoFiles;

/**
 * The generated city's files, in the order they are written: the demo city's names (so that the
 * same commands read both), but a PBF network and a census table.
 */
public final class CityFiles {

    public static final String NETWORK = "network.osm.pbf";
    public static final String FACILITIES = DemoFiles.FACILITIES;
    public static final String FACILITIES_CRS = DemoFiles.FACILITIES_CRS;
    public static final String RESIDENTIAL = DemoFiles.RESIDENTIAL;
    public static final String DISTRICTS = DemoFiles.DISTRICTS;
    public static final String STREETS = DemoFiles.STREETS;
    public static final String COMMUNITIES = DemoFiles.COMMUNITIES;
    public static final String CENSUS = "census.csv";
    public static final String EXPECTED_GAPS = DemoFiles.EXPECTED_GAPS;
    public static final List<String> ALL = List.of(NETWORK, FACILITIES, RESIDENTIAL, DISTRICTS, STREETS, COMMUNITIES,
            CENSUS, EXPECTED_GAPS);

    private CityFiles() {
    }
}
