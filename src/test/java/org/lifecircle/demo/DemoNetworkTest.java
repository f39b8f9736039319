package org.lifecircle.demo;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifecircle.catchment.MultiSourceSearch;
import org.lifecircle.catchment.SearchResult;
import org.lifecircle.crs.ChineseOffsets;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.crs.LonLat;
import org.lifecircle.geo.Geodesy;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.io.inputs.CategoryTable;
import org.lifecircle.io.osm.OsmFeatureExtractor;
import org.lifecircle.io.osm.OsmFeatures;
import org.lifecircle.io.osm.OsmNetwork;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.model.SourceFeature;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.network.Snap;
import org.lifecircle.network.Snapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * The committed demo network: where the river may be crossed, where the gates are, and that the
 * deliberate gaps come from the network (the bridges, the gates), not from a facility being far.
 */
class DemoNetworkTest {

    private static final Path NETWORK = DemoCityGeneratorTest.COMMITTED.resolve(DemoFiles.NETWORK);
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static OsmContent osm;
    private static OsmNetwork network;
    private static OsmFeatures features;
    private static Map<String, Coordinate> facilities;
    private static Map<String, Geometry> areaPolygons;

    @BeforeAll
    static void readTheDemoFiles() throws IOException {
        osm = OsmContent.read(NETWORK);
        network = new OsmNetworkLoader(PedestrianAccess.standard()).load(NETWORK);
        features = OsmFeatureExtractor.extract(NETWORK, CategoryTable.load().values());
        facilities = new HashMap<>();
        for (String[] row : DemoCityGeneratorTest.csv(DemoCityGeneratorTest.COMMITTED.resolve(DemoFiles.FACILITIES))
                .subList(1, DemoFacilities.facilities().size() + 1)) {
            LonLat wgs84 = ChineseOffsets.gcj02ToWgs84(Double.parseDouble(row[6]), Double.parseDouble(row[7]));
            facilities.put(row[0], new Coordinate(wgs84.lon(), wgs84.lat()));
        }
        areaPolygons = new HashMap<>();
        for (SourceFeature feature : FeatureFiles.read(new FileWithCrs(
                DemoCityGeneratorTest.COMMITTED.resolve(DemoFiles.RESIDENTIAL), Optional.empty()))) {
            areaPolygons.put(feature.findText("id").orElseThrow(), feature.geometry());
        }
    }

    @Test
    void onlyTheTwoBridgesCrossTheRiver() {
        OsmContent.Way water = osm.ways().stream().filter(w -> "water".equals(w.tags().get("natural"))).findFirst()
                .orElseThrow();
        Polygon river = osm.polygon(water);
        PedestrianAccess access = PedestrianAccess.standard();
        List<OsmContent.Way> crossing = osm.ways().stream().filter(w -> access.isWalkableWay(w.tags()))
                .filter(w -> osm.line(w).intersects(river)).toList();
        assertThat(crossing).allSatisfy(w -> assertThat(w.tags()).containsEntry("bridge", "yes"));
        assertThat(crossing).extracting(w -> w.tags().get("bridge:name")).containsExactly("解放桥", "建设桥");
    }

    @Test
    void theWalkingNetworkIsOneConnectedPart() {
        assertThat(network.graph().componentCount()).isEqualTo(1);
        assertThat(network.build().droppedComponents()).isZero();
    }

    @Test
    void gatesSitOnTheCompoundOutlinesAndOnlyOpenOnesAreAccessPoints() {
        Map<Long, Map<String, String>> tagged = osm.taggedNodes();
        for (Area area : DemoAreas.areas()) {
            OsmContent.Way outline = osm.ways().stream().filter(w -> area.id().equals(w.tags().get("ref")))
                    .findFirst().orElseThrow();
            long gatesOnOutline = Arrays.stream(outline.refs()).distinct()
                    .filter(id -> "gate".equals(tagged.getOrDefault(id, Map.of()).get("barrier"))).count();
            assertThat(gatesOnOutline).as(area.id()).isEqualTo(area.gates().size());
            ResidentialArea extracted = area(area.name());
            long open = area.gates().stream().filter(g -> !g.locked()).count();
            assertThat(extracted.entrances()).as(area.id()).hasSize((int) open);
            assertThat(extracted.population().residents()).isPositive();
        }
        assertThat(tagged.values()).filteredOn(tags -> "yes".equals(tags.get("locked")))
                .singleElement().satisfies(tags -> assertThat(tags).containsEntry("name", "望海花园南门"));
    }

    /** Gap (a): a straight line of about 210 m, but every walk crosses a bridge 600 m away. */
    @Test
    void riverGapWalksRoundByABridge() {
        Coordinate gate = area("滨河花园").entrances().get(0);
        Coordinate facility = facilities.get("EC-02");
        double straight = straightLineMeters(facility, areaPolygons.get("DH-05"));
        double viaABridge = shortestViaABridgeMeters(gate, facility);
        double walk = walkingMeters(facility, gate);
        assertThat(straight).isLessThan(300);
        assertThat(viaABridge).as("the bridges are far enough that no walk can be within 720 m").isGreaterThan(720);
        assertThat(walk).isGreaterThanOrEqualTo(viaABridge - 0.5);
        assertThat(walk - straight).as("the detour").isGreaterThan(500);
    }

    /** Gap (b): 长青幼儿园 is 45 m from 锦绣华庭's wall, but its only gate faces the other way. */
    @Test
    void gateGapWalksRoundTheCompound() {
        List<Coordinate> gates = area("锦绣华庭").entrances();
        Coordinate kindergarten = facilities.get("CC-01");
        assertThat(gates).hasSize(1);
        assertThat(straightLineMeters(kindergarten, areaPolygons.get("XL-06"))).isLessThan(50);
        assertThat(gates.get(0).y).as("the gate is on the north side").isGreaterThan(kindergarten.y + 0.004);
        assertThat(walkingMeters(kindergarten, gates.get(0))).isGreaterThan(1000 + 200);
    }

    /** Gap (e): the gate towards 东湖新村日间照料中心 is locked, so it is neither an access point nor a way through. */
    @Test
    void lockedGateIsNoWayThrough() {
        List<Coordinate> gates = area("望海花园").entrances();
        Coordinate dayCare = facilities.get("EC-07");
        assertThat(gates).hasSize(1);
        assertThat(straightLineMeters(dayCare, areaPolygons.get("DH-07"))).isLessThan(50);
        assertThat(walkingMeters(dayCare, gates.get(0))).isGreaterThan(720 + 100);
    }

    private static ResidentialArea area(String name) {
        return features.areas().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static double walkingMeters(Coordinate facility, Coordinate accessPoint) {
        Snapper snapper = new Snapper(network.graph(), Snapper.DEFAULT_MAX_SNAP_METERS);
        Snap source = snapper.findSnap(facility.x, facility.y).orElseThrow();
        Snap target = snapper.findSnap(accessPoint.x, accessPoint.y).orElseThrow();
        SearchResult result = new MultiSourceSearch(network.graph(), List.of(source)).maxWalkMeters(5000)
                .countSnapDistance(true).run();
        return result.distanceMeters(target) + target.snapDistanceMeters();
    }

    private static double straightLineMeters(Coordinate point, Geometry polygon) {
        Coordinate[] nearest = DistanceOp.nearestPoints(polygon, GEOMETRY.createPoint(point));
        return Geodesy.distanceMeters(nearest[0].x, nearest[0].y, nearest[1].x, nearest[1].y);
    }

    /** The shortest straight-line route from one bank to the other through any point of a bridge. */
    private static double shortestViaABridgeMeters(Coordinate from, Coordinate to) {
        double best = Double.POSITIVE_INFINITY;
        for (OsmContent.Way bridge : osm.ways().stream().filter(w -> "yes".equals(w.tags().get("bridge"))).toList()) {
            LineString line = osm.line(bridge);
            Coordinate a = line.getCoordinateN(0);
            Coordinate b = line.getCoordinateN(line.getNumPoints() - 1);
            for (int step = 0; step <= 1000; step++) {
                double t = step / 1000.0;
                double lon = a.x + t * (b.x - a.x);
                double lat = a.y + t * (b.y - a.y);
                best = Math.min(best, Geodesy.distanceMeters(from.x, from.y, lon, lat)
                        + Geodesy.distanceMeters(lon, lat, to.x, to.y));
            }
        }
        return best;
    }
}
