package org.lifecircle.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws the plan as OSM: public ways, the paths inside gated compounds (a ring 8 m inside the wall,
 * two spines through the centre, and a footway from each gate to the ring and, for open gates, out
 * to the street), gate nodes on the compound outlines, residential landuse, the river and the park.
 * Walkable ways are noded together; outlines only share their gate nodes with the paths.
 */
final class DemoOsm {

    /** How far inside the outline a compound's ring path runs. */
    static final double RING_INSET_METERS = 8;

    /** A walkable line and its tags, before noding. */
    private record Line(List<Xy> points, Map<String, String> tags) {
    }

    private DemoOsm() {
    }

    static OsmDraft draw(List<Street> streets, List<Area> areas, Map<String, Integer> populationById) {
        List<Line> lines = new ArrayList<>();
        streets.forEach(street -> lines.add(new Line(street.points(), streetTags(street))));
        areas.stream().filter(Area::gated).forEach(area -> compoundPaths(area, lines));
        List<List<Xy>> noded = Noding.node(lines.stream().map(Line::points).toList());
        OsmDraft draft = new OsmDraft();
        for (int i = 0; i < lines.size(); i++) {
            draft.way(noded.get(i), lines.get(i).tags());
        }
        for (Area area : areas) {
            area.gates().forEach(gate -> draft.tagNode(gate.onOutline(), gateTags(area, gate)));
            draft.way(outlineWithGates(area), areaTags(area, populationById.get(area.id())));
        }
        drawRiverAndPark(draft);
        return draft;
    }

    private static Map<String, String> streetTags(Street street) {
        Map<String, String> tags = tags("highway", street.highway());
        if (!street.name().isEmpty()) {
            tags.put("name", street.name());
        }
        if (street.isBridge()) {
            tags.putAll(tags("bridge", "yes", "bridge:name", street.bridgeName(), "layer", "1"));
        }
        return tags;
    }

    private static void compoundPaths(Area area, List<Line> lines) {
        Rect ring = area.outline().inset(RING_INSET_METERS);
        Xy centre = ring.centre();
        lines.add(new Line(ring.ring(), tags("highway", "footway")));
        lines.add(new Line(List.of(Xy.of(centre.eastMeters(), ring.southMeters()),
                Xy.of(centre.eastMeters(), ring.northMeters())), tags("highway", "footway")));
        lines.add(new Line(List.of(Xy.of(ring.westMeters(), centre.northMeters()),
                Xy.of(ring.eastMeters(), centre.northMeters())), tags("highway", "footway")));
        for (Gate gate : area.gates()) {
            Xy inside = inward(area.outline(), gate.onOutline());
            List<Xy> path = gate.hasStreet() ? List.of(gate.onStreet(), gate.onOutline(), inside)
                    : List.of(gate.onOutline(), inside);
            lines.add(new Line(path, tags("highway", "footway")));
        }
    }

    /** The point of the ring path straight inside a gate. */
    private static Xy inward(Rect outline, Xy gate) {
        double tolerance = 1e-3;
        if (Math.abs(gate.eastMeters() - outline.westMeters()) < tolerance) {
            return gate.plus(RING_INSET_METERS, 0);
        }
        if (Math.abs(gate.eastMeters() - outline.eastMeters()) < tolerance) {
            return gate.plus(-RING_INSET_METERS, 0);
        }
        if (Math.abs(gate.northMeters() - outline.southMeters()) < tolerance) {
            return gate.plus(0, RING_INSET_METERS);
        }
        return gate.plus(0, -RING_INSET_METERS);
    }

    private static Map<String, String> gateTags(Area area, Gate gate) {
        Map<String, String> tags = tags("barrier", "gate", "name", area.name() + gate.name());
        if (gate.locked()) {
            tags.putAll(tags("entrance", "service", "locked", "yes"));
        } else {
            tags.put("entrance", "main");
        }
        return tags;
    }

    /** The closed outline with the gates as vertices, counter-clockwise from the south-west corner. */
    static List<Xy> outlineWithGates(Area area) {
        List<Xy> corners = area.outline().ring();
        List<Xy> outline = new ArrayList<>();
        for (int s = 0; s + 1 < corners.size(); s++) {
            Xy from = corners.get(s);
            Xy to = corners.get(s + 1);
            outline.add(from);
            area.gates().stream().map(Gate::onOutline)
                    .filter(gate -> Math.abs(from.distanceMeters(gate) + gate.distanceMeters(to)
                            - from.distanceMeters(to)) < 1e-6)
                    .filter(gate -> gate.distanceMeters(from) > 1e-3 && gate.distanceMeters(to) > 1e-3)
                    .sorted(Comparator.comparingDouble(from::distanceMeters))
                    .forEach(outline::add);
        }
        outline.add(corners.get(0));
        return outline;
    }

    private static Map<String, String> areaTags(Area area, int population) {
        return tags("landuse", "residential", "name", area.name(), "ref", area.id(),
                "population", Integer.toString(population));
    }

    private static void drawRiverAndPark(OsmDraft draft) {
        Rect river = DemoStreets.river();
        draft.way(river.ring(), tags("natural", "water", "water", "river", "name", "清水河"));
        double centre = DemoStreets.RIVER_CENTRE_EAST_METERS;
        draft.way(List.of(Xy.of(centre, DemoStreets.CITY_SIZE_METERS), Xy.of(centre, 0)),
                tags("waterway", "river", "name", "清水河"));
        draft.way(DemoStreets.park().ring(), tags("leisure", "park", "name", "西岭公园"));
    }

    private static Map<String, String> tags(String... keyValues) {
        Map<String, String> tags = new TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            tags.put(keyValues[i], keyValues[i + 1]);
        }
        return tags;
    }
}
