package org.lifecircle.io.features;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The one small fixture every format is tested with, in WGS84 (Tianjin, near the CGCS2000 zone's
 * central meridian 117E): three facilities with Chinese names and a category, and two residential
 * areas, one with a courtyard hole. Every writer writes exactly these values.
 */
public enum FixtureLayer {
    POINTS("points", List.of("name", "category", "capacity"), List.of(
            feature("POINT (117.2012345 39.1312345)", "阳光幼儿园", "kindergarten", 120L),
            feature("POINT (117.2056789 39.1356789)", "夕阳红日间照料中心", "elderly_care", 40L),
            feature("POINT (117.1987654 39.1298765)", "好邻居便利店", "convenience", null))),
    AREAS("areas", List.of("name", "kind", "population"), List.of(
            feature("POLYGON ((117.1990 39.1300, 117.2030 39.1300, 117.2030 39.1330, 117.1990 39.1330,"
                    + " 117.1990 39.1300))", "锦城小区", "residential", 3200L),
            feature("POLYGON ((117.2040 39.1340, 117.2090 39.1341, 117.2088 39.1379, 117.2041 39.1377,"
                    + " 117.2040 39.1340), (117.2055 39.1352, 117.2071 39.1352, 117.2071 39.1364, 117.2055 39.1364,"
                    + " 117.2055 39.1352))", "新华苑", "residential", 1800L)));

    /** One feature: WGS84 geometry and values in column order (text, text, integer or null). */
    record Feature(Geometry geometry, List<Object> values) {
    }

    private final String fileBase;
    private final List<String> columns;
    private final List<Feature> features;

    FixtureLayer(String fileBase, List<String> columns, List<Feature> features) {
        this.fileBase = fileBase;
        this.columns = columns;
        this.features = features;
    }

    public String fileBase() {
        return fileBase;
    }

    List<String> columns() {
        return columns;
    }

    List<Feature> features() {
        return features;
    }

    boolean isPoints() {
        return this == POINTS;
    }

    /** Column name -> value of feature i, nulls included. */
    Map<String, Object> valuesOf(int i) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            values.put(columns.get(c), features.get(i).values().get(c));
        }
        return values;
    }

    private static Feature feature(String wkt, Object... values) {
        try {
            return new Feature(new WKTReader().read(wkt), Arrays.asList(values));
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
