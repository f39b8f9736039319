package org.lifecircle.store.jdbc;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.lifecircle.io.osm.OsmNetwork;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.model.Category;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.Population;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.service.datasets.GraphRows;
import org.lifecircle.store.DatasetFeatures;
import org.lifecircle.store.NetworkBuild;
import org.lifecircle.store.NewDataset;
import org.lifecircle.store.SourceFile;
import org.lifecircle.store.SourceRole;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Datasets for the store tests: the demo city's walking network and generated features with the
 * awkward cases (missing capacity and population, entrances, multipolygons, holes, quotes and
 * Chinese text, a census total for one district). A seed makes variants that differ in content.
 */
final class StoreFixtures {

    /** Three categories, as the demo has them. */
    static final List<Category> CATEGORIES = List.of(Category.of("elderly_care"), Category.of("childcare"),
            Category.of("convenience"));

    /** Where the generated features lie (WGS84). */
    static final Envelope EXTENT = new Envelope(117.10, 117.20, 39.05, 39.15);
    static final Path DEMO_NETWORK = Path.of("gis-data", "demo", "network.osm");

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();
    private static OsmNetwork demoNetwork;

    private StoreFixtures() {
    }

    static synchronized OsmNetwork demoNetwork() {
        if (demoNetwork == null) {
            demoNetwork = new OsmNetworkLoader(PedestrianAccess.standard()).load(DEMO_NETWORK);
        }
        return demoNetwork;
    }

    static NewDataset dataset(String name, int seed, int facilities, int areas) {
        OsmNetwork network = demoNetwork();
        var b = network.build();
        return new NewDataset(name, Instant.now(), "%064x".formatted(seed),
                List.of(new SourceFile(SourceRole.OSM, DEMO_NETWORK.toString(), "", "%064x".formatted(seed), 42L),
                        new SourceFile(SourceRole.FACILITIES, "设施 'list'.csv", "gcj02", "%064x".formatted(seed + 1), 7L)),
                new GraphRows(network.graph()), new NetworkBuild(b.inputNodes(), b.inputEdges(), b.minComponentNodes(),
                        b.keptComponents(), b.droppedComponents(), b.droppedNodes(), b.droppedEdges()),
                features(seed, facilities, areas));
    }

    static DatasetFeatures features(int seed, int facilityCount, int areaCount) {
        Random random = new Random(seed);
        List<Facility> facilities = new ArrayList<>();
        for (int i = 0; i < facilityCount; i++) {
            Category category = CATEGORIES.get(i % 3);
            facilities.add(new Facility("F" + seed + "-" + i, category, i % 2 == 0 ? "day_care" : "", i % 5 == 0 ? "" : "site",
                    i % 4 == 0 ? "养老 \"中心\" " + i : "shop's " + i, i % 3 == 0 ? OptionalInt.empty() : OptionalInt.of(i),
                    lon(random), lat(random), "facilities.csv line " + (i + 2)));
        }
        List<ResidentialArea> areas = new ArrayList<>();
        for (int i = 0; i < areaCount; i++) {
            areas.add(area(random, seed, i));
        }
        List<District> districts = List.of(
                new District("120101", "和平区", box(EXTENT.getMinX(), EXTENT.getMinY(), 117.15, EXTENT.getMaxY())),
                new District("120102", "河东区 'east'", GEOMETRIES.createMultiPolygon(new Polygon[] {
                    box(117.15, EXTENT.getMinY(), EXTENT.getMaxX(), 39.10), box(117.15, 39.10, EXTENT.getMaxX(), 39.15)})));
        return new DatasetFeatures(facilities, areas, districts, Map.of(1, 123_456.5),
                List.of("residential.geojson feature " + seed), List.of("way/" + seed + " building: open way"));
    }

    private static ResidentialArea area(Random random, int seed, int i) {
        double x = lon(random);
        double y = lat(random);
        double size = 0.0005 + random.nextDouble() * 0.003;
        Geometry polygon = box(x, y, x + size, y + size);
        if (i % 7 == 3) {
            Polygon outer = box(x, y, x + size, y + size);
            Polygon hole = box(x + size / 4, y + size / 4, x + size / 2, y + size / 2);
            polygon = GEOMETRIES.createPolygon(outer.getExteriorRing(), new org.locationtech.jts.geom.LinearRing[] {
                hole.getExteriorRing()});
        } else if (i % 7 == 5) {
            polygon = GEOMETRIES.createMultiPolygon(new Polygon[] {box(x, y, x + size / 3, y + size),
                box(x + size / 2, y, x + size, y + size)});
        }
        Population population = i % 3 == 0 ? Population.unknown()
                : new Population(100 + random.nextInt(5000) + 0.25, Population.Source.ATTRIBUTE);
        List<Coordinate> entrances = i % 2 == 0 ? List.of() : List.of(new Coordinate(x, y + size / 2),
                new Coordinate(x + size, y + size / 3));
        return new ResidentialArea(i % 4 == 0 ? "way/" + (seed * 1000 + i) : "A-" + i, i % 5 == 0 ? "" : "小区 '" + i + "'",
                i % 2 == 0 ? "landuse=residential" : "file", polygon, population, entrances,
                i % 3 == 1 ? Double.NaN : 1234.5 * i);
    }

    static Polygon box(double minX, double minY, double maxX, double maxY) {
        return GEOMETRIES.createPolygon(new Coordinate[] {new Coordinate(minX, minY), new Coordinate(maxX, minY),
            new Coordinate(maxX, maxY), new Coordinate(minX, maxY), new Coordinate(minX, minY)});
    }

    private static double lon(Random random) {
        return EXTENT.getMinX() + random.nextDouble() * EXTENT.getWidth();
    }

    private static double lat(Random random) {
        return EXTENT.getMinY() + random.nextDouble() * EXTENT.getHeight();
    }
}
