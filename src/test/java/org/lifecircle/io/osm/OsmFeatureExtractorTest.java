package org.lifecircle.io.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lifecircle.io.osm.GridOsm.inner;
import static org.lifecircle.io.osm.GridOsm.lat;
import static org.lifecircle.io.osm.GridOsm.lon;
import static org.lifecircle.io.osm.GridOsm.outer;
import static org.lifecircle.io.osm.GridOsm.refs;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lifecircle.geo.Geodesy;
import org.lifecircle.geo.PlanarArea;
import org.lifecircle.io.inputs.CategoryTable;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.Population;
import org.lifecircle.model.ResidentialArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The extractor fed directly with hand-made elements on the {@link GridOsm} grid (col, row). */
class OsmFeatureExtractorTest {

    private final OsmFeatureExtractor extractor = new OsmFeatureExtractor("test.osm", CategoryTable.load().values());
    private final GridOsm osm = new GridOsm(extractor);

    /** East-west length in metres of {@code cols} grid cells at a row, and north-south of {@code rows} cells. */
    private static double widthMeters(double cols, double row) {
        return Geodesy.distanceMeters(lon(0), lat(row), lon(cols), lat(row));
    }

    private static double heightMeters(double rows) {
        return Geodesy.distanceMeters(lon(0), lat(0), lon(0), lat(rows));
    }

    private static ResidentialArea area(OsmFeatures features, String sourceId) {
        return features.areas().stream().filter(a -> a.sourceId().equals(sourceId)).findFirst().orElseThrow();
    }

    //  row 4   1---------------2      outer ring: way 10 (1,2,3) and way 11 (3,4,1), both open
    //          |               |
    //  row 3   |   5-------6   |      inner ring: way 12 (5,6,7,8,5), closed
    //          |   |  hole |   |
    //  row 1   |   8-------7   |      relation 100: type=multipolygon, landuse=residential
    //  row 0   4---------------3
    //        col 0 1       3   4
    @Test
    void multipolygonOuterFromTwoOpenWaysWithAnInnerHole() {
        osm.node(1, 0, 4).node(2, 4, 4).node(3, 4, 0).node(4, 0, 0)
                .node(5, 1, 3).node(6, 3, 3).node(7, 3, 1).node(8, 1, 1)
                .way(10, refs(1, 2, 3)).way(11, refs(3, 4, 1)).way(12, refs(5, 6, 7, 8, 5))
                .relation(100, List.of(outer(10), inner(12), outer(11)),
                        "type", "multipolygon", "landuse", "residential", "name", "锦绣花园", "population", "2400");

        OsmFeatures features = extractor.result();

        ResidentialArea area = area(features, "relation/100");
        assertThat(area.kind()).isEqualTo("landuse=residential");
        assertThat(area.name()).isEqualTo("锦绣花园");
        assertThat(area.population()).isEqualTo(new Population(2400, Population.Source.ATTRIBUTE));
        assertThat(area.polygon().isValid()).isTrue();
        assertThat(area.polygon().getNumGeometries()).isEqualTo(1);
        double expected = widthMeters(4, 2) * heightMeters(4) - widthMeters(2, 2) * heightMeters(2);
        assertThat(PlanarArea.squareMeters(area.polygon())).isCloseTo(expected, within(expected * 0.001));
        assertThat(area.floorAreaSquareMeters()).isNaN();
        assertThat(features.report().areas("landuse=residential")).isEqualTo(1);
        assertThat(features.report().skipped()).isEmpty();
    }

    //  row 2   1-------2        relation 101: outer way 13 (1,2,3) open and nothing closes it
    //                  |        relation 102: outer way 99, which the file does not contain
    //  row 0   4       3        relation 103: outer way 14 (1,2,3,9,1), node 9 not in the file
    @Test
    void relationsWithOpenRingsOrMembersOutsideTheFileAreSkippedWithReasons() {
        osm.node(1, 0, 2).node(2, 2, 2).node(3, 2, 0).node(4, 0, 0)
                .way(13, refs(1, 2, 3)).way(14, refs(1, 2, 3, 9, 1))
                .relation(101, List.of(outer(13)), "type", "multipolygon", "landuse", "residential")
                .relation(102, List.of(outer(99)), "type", "multipolygon", "building", "apartments")
                .relation(103, List.of(outer(14)), "type", "multipolygon", "amenity", "kindergarten");

        OsmFeatureReport report = extractor.result().report();

        assertThat(extractor.result().areas()).isEmpty();
        assertThat(extractor.result().facilities()).isEmpty();
        assertThat(report.skipped()).containsExactly(
                new SkippedFeature("relation/101", "landuse=residential", "its outer ways do not join into closed rings"),
                new SkippedFeature("relation/102", "building=apartments", "member way/99 is not in the file"),
                new SkippedFeature("relation/103", "kindergarten/kindergarten",
                        "member way/14 has nodes that are not in the file"));
    }

    //  row 6   1-----------------------2            way 20: landuse=residential (1,2,3,4,1)
    //  row 5   |   5-----6             |            way 21: building=apartments, building:levels=10
    //          |   |     |             |                    (5,6,7,8,5), inside way 20
    //  row 3   |   8-----7             |
    //  row 2   4-----------------------3   9--10    way 22: building=house (9,10,11,12,9), outside
    //  row 1                               12-11            every enclosure, no levels: 2 storeys
    //  row 0   13----14                             way 23: landuse=residential (13,14,15,16,13), empty
    //          16----15 (row -1)
    //        col 0  1  2     3         6   7  8
    @Test
    void buildingInsideLanduseAddsFootprintTimesLevelsToItsFloorArea() {
        osm.node(1, 0, 6).node(2, 6, 6).node(3, 6, 2).node(4, 0, 2)
                .node(5, 1, 5).node(6, 3, 5).node(7, 3, 3).node(8, 1, 3)
                .node(9, 7, 2).node(10, 8, 2).node(11, 8, 1).node(12, 7, 1)
                .node(13, 0, 0).node(14, 2, 0).node(15, 2, -1).node(16, 0, -1)
                .way(20, refs(1, 2, 3, 4, 1), "landuse", "residential", "name", "花园小区")
                .way(21, refs(5, 6, 7, 8, 5), "building", "apartments", "building:levels", "10")
                .way(22, refs(9, 10, 11, 12, 9), "building", "house")
                .way(23, refs(13, 14, 15, 16, 13), "landuse", "residential");

        OsmFeatures features = extractor.result();

        double apartmentsFootprint = widthMeters(2, 4) * heightMeters(2);
        double houseFootprint = widthMeters(1, 1.5) * heightMeters(1);
        assertThat(features.areas()).extracting(ResidentialArea::sourceId).containsExactly("way/20", "way/23", "way/22");
        assertThat(area(features, "way/20").floorAreaSquareMeters())
                .isCloseTo(apartmentsFootprint * 10, within(apartmentsFootprint * 10 * 0.001));
        assertThat(area(features, "way/22").floorAreaSquareMeters())
                .isCloseTo(houseFootprint * OsmResidentialTags.DEFAULT_LEVELS_HOUSE, within(houseFootprint * 0.002));
        assertThat(area(features, "way/23").floorAreaSquareMeters()).isNaN();
        assertThat(features.report().residentialBuildings()).isEqualTo(2);
        assertThat(features.report().buildingsMerged()).isEqualTo(1);
        assertThat(features.report().areasPerKind())
                .containsExactlyInAnyOrderEntriesOf(Map.of("landuse=residential", 2, "building=house", 1));
    }

    //  row 2   1-----G-----2      G (node 5): barrier=gate on the outline -> entrance
    //          |           |      H (node 6): barrier=gate inside, not on the outline -> no entrance
    //  row 1   |     H     |      L (node 7): entrance=yes, locked=yes on the outline -> no entrance
    //          |           |      way 30: landuse=residential (1,5,2,3,7,4,1)
    //  row 0   4-----L-----3
    //        col 0   1     2
    @Test
    void gateOnTheOutlineIsAnEntranceAndAGateElsewhereIsNot() {
        osm.node(1, 0, 2).node(2, 2, 2).node(3, 2, 0).node(4, 0, 0)
                .node(5, 1, 2, "barrier", "gate").node(6, 1, 1, "barrier", "gate")
                .node(7, 1, 0, "entrance", "yes", "locked", "yes")
                .way(30, refs(1, 5, 2, 3, 7, 4, 1), "landuse", "residential");

        ResidentialArea area = area(extractor.result(), "way/30");

        assertThat(area.entrances()).containsExactly(new Coordinate(lon(1), lat(2)));
    }

    //  row 2   1       2          way 40: landuse=residential (1,3,2,4,1): edges 1-3 and 2-4 cross
    //          | \   / |          at X, a bow-tie. Repaired into its two triangles (1-X-4 and
    //  row 1   |   X   |          2-X-3, together half the square) and listed as repaired.
    //          | /   \ |
    //  row 0   4       3
    //        col 0     2
    @Test
    void selfIntersectingBowTieIsRepairedAndCounted() {
        osm.node(1, 0, 2).node(2, 2, 2).node(3, 2, 0).node(4, 0, 0)
                .way(40, refs(1, 3, 2, 4, 1), "landuse", "residential");

        OsmFeatures features = extractor.result();

        ResidentialArea area = area(features, "way/40");
        assertThat(area.polygon().isValid()).isTrue();
        assertThat(area.polygon().getNumGeometries()).isEqualTo(2);
        double half = widthMeters(2, 1) * heightMeters(2) / 2;
        assertThat(PlanarArea.squareMeters(area.polygon())).isCloseTo(half, within(half * 0.001));
        assertThat(features.report().repairedIds()).containsExactly("way/40");
    }

    //  row 2   1-------2      node 50: shop=convenience, capacity=12 (a point facility)
    //          |  M    |      way 51: amenity=marketplace (1,2,3,4,1) -> facility at its interior point M
    //  row 0   4-------3      way 52: amenity=kindergarten (1,2,3), open -> skipped
    //        col 0     2
    @Test
    void facilitiesFromNodesAndClosedWaysWithIdsNamesCapacityAndSource() {
        osm.node(1, 0, 2).node(2, 2, 2).node(3, 2, 0).node(4, 0, 0)
                .node(50, 5, 5, "shop", "convenience", "name", "Hongqi", "name:zh", "红旗连锁", "capacity", "12")
                .way(51, refs(1, 2, 3, 4, 1), "amenity", "marketplace", "name", "八里庄菜市场")
                .way(52, refs(1, 2, 3), "amenity", "kindergarten");

        OsmFeatures features = extractor.result();

        assertThat(features.facilities()).hasSize(2);
        assertThat(features.facilities().get(0)).isEqualTo(new Facility("node/50", Category.of("convenience"),
                "convenience_store", "", "红旗连锁", OptionalInt.of(12), lon(5), lat(5), "test.osm"));
        Facility market = features.facilities().get(1);
        assertThat(market.id()).isEqualTo("way/51");
        assertThat(market.subtype()).isEqualTo("market");
        assertThat(market.capacity()).isEmpty();
        GeometryFactory factory = new GeometryFactory();
        assertThat(factory.createPolygon(new Coordinate[] {new Coordinate(lon(0), lat(2)), new Coordinate(lon(2), lat(2)),
            new Coordinate(lon(2), lat(0)), new Coordinate(lon(0), lat(0)), new Coordinate(lon(0), lat(2))})
                .contains(factory.createPoint(new Coordinate(market.lon(), market.lat())))).isTrue();
        assertThat(market.category()).isEqualTo(Category.of("vegetable_market"));
        assertThat(features.report().facilities(Category.of("convenience"))).isEqualTo(1);
        assertThat(features.report().facilities("vegetable_market/market")).isEqualTo(1);
        assertThat(features.report().skipped())
                .containsExactly(new SkippedFeature("way/52", "kindergarten/kindergarten", "is not a closed way"));
    }

    //  row 2   1-------2   5-------6     relation 104: type=multipolygon, building=dormitory,
    //          |       |   |       |     outers way 60 (1,2,3,4,1) and way 61 (5,6,7,8,5) with no role
    //  row 0   4-------3   8-------7     -> one MultiPolygon area; gate 2 lies on an outer ring
    //        col 0     2   3       5
    @Test
    void multipolygonWithTwoOutersBecomesOneAreaWithEntrancesOnEitherOuter() {
        osm.node(1, 0, 2).node(2, 2, 2, "entrance", "main").node(3, 2, 0).node(4, 0, 0)
                .node(5, 3, 2).node(6, 5, 2).node(7, 5, 0).node(8, 3, 0)
                .way(60, refs(1, 2, 3, 4, 1)).way(61, refs(5, 6, 7, 8, 5))
                .relation(104, List.of(outer(60), new OsmMember("way", 61, "")),
                        "type", "multipolygon", "building", "dormitory");

        ResidentialArea area = area(extractor.result(), "relation/104");

        assertThat(area.polygon().getNumGeometries()).isEqualTo(2);
        assertThat(area.entrances()).containsExactly(new Coordinate(lon(2), lat(2)));
        assertThat(area.floorAreaSquareMeters()).isGreaterThan(0);
    }

    @Test
    void relationsOfOtherTypesAreIgnored() {
        osm.node(1, 0, 2).node(2, 2, 2).node(3, 2, 0)
                .way(70, refs(1, 2, 3, 1))
                .relation(105, List.of(outer(70)), "type", "site", "landuse", "residential");

        assertThat(extractor.result().areas()).isEmpty();
        assertThat(extractor.result().report().skipped()).isEmpty();
    }

    @Test
    void anAbsurdPopulationTagIsRefusedNamingTheElementAndAbsurdLevelsAreIgnored() {
        osm.node(1, 0, 2).node(2, 2, 2).node(3, 2, 0).node(4, 0, 0)
                .node(5, 4, 2).node(6, 6, 2).node(7, 6, 0).node(8, 4, 0)
                .way(20, refs(5, 6, 7, 8, 5), "building", "apartments", "building:levels", "1" + "0".repeat(300));
        double footprint = widthMeters(2, 1) * heightMeters(2);
        assertThat(extractor.result().areas().get(0).floorAreaSquareMeters())
                .isCloseTo(footprint * OsmResidentialTags.DEFAULT_LEVELS_MULTI_STOREY, within(footprint * 0.01));

        OsmFeatureExtractor fresh = new OsmFeatureExtractor("city.osm.pbf", CategoryTable.load().values());
        GridOsm grid = new GridOsm(fresh);
        grid.node(1, 0, 2).node(2, 2, 2).node(3, 2, 0).node(4, 0, 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> grid.way(21, refs(1, 2, 3, 4, 1),
                        "landuse", "residential", "population", "1" + "0".repeat(300)))
                .isInstanceOf(org.lifecircle.model.InvalidInputException.class)
                .hasMessageStartingWith("city.osm.pbf way/21: population tag '1000")
                .hasMessageContaining("is more than 100,000,000 residents for one area");
    }
}
