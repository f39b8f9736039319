package org.lifecircle.service.coverage;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lifecircle.geo.LonLatBounds;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class InputExtentTest {

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();
    private final InputExtent chengdu = new InputExtent(new LonLatBounds(104.03, 30.63, 104.11, 30.70),
            Path.of("/data/osm/chengdu.osm.pbf"));

    private static SourceFeature at(double lon, double lat) {
        return new SourceFeature(GEOMETRIES.createPoint(new Coordinate(lon, lat)), Map.of(), "f.csv line 2");
    }

    @Test
    void oneFeatureNearTheNetworkIsEnough() {
        assertThatCode(() -> chengdu.requireNear(List.of(at(117.19, 39.11), at(104.125, 30.71)), "f.csv"))
                .doesNotThrowAnyException();
        assertThatCode(() -> chengdu.requireNear(List.of(), "f.csv")).doesNotThrowAnyException();
    }

    @Test
    void aFileEntirelyElsewhereIsRefusedWithWhereItLies() {
        assertThatThrownBy(() -> chengdu.requireNear(List.of(at(117.19, 39.11), at(117.21, 39.13)), "f.csv"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("f.csv: none of its 2 features lies within the area of the OSM extract chengdu.osm.pbf"
                        + " (longitude 104.030..104.110, latitude 30.630..30.700); they lie around longitude 117.200,"
                        + " latitude 39.120. Is it the file for this city, and is its coordinate system right"
                        + " (e.g. f.csv@gcj02 or @bd09)?");
    }
}
