package org.lifecircle.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The public ways of the demo city and its river. The city is 3 x 3 km; main roads run every
 * 520-650 m (north-south roads are 路, east-west roads 道, as in Tianjin). The river 清水河 runs
 * north-south through the middle, 80 m wide; only 解放道 and 建设道 cross it, on bridges 1,200 m
 * apart. The other east-west roads end at the riverside roads.
 */
final class DemoStreets {

    /** Extent of the plan in both directions. */
    static final double CITY_SIZE_METERS = 3000;
    /** The river's centre line (also the district boundary) and half its width. */
    static final double RIVER_CENTRE_EAST_METERS = 1500;
    static final double RIVER_HALF_WIDTH_METERS = 40;
    /** Where the roads on either bank stop and the bridges start. */
    static final double WEST_BANK_END_METERS = 1440;
    static final double EAST_BANK_END_METERS = 1560;
    /** The two bridged roads. */
    static final double JIEFANG_DAO_NORTH_METERS = 900;
    static final double JIANSHE_DAO_NORTH_METERS = 2100;

    private static final String PRIMARY = "primary";
    private static final String SECONDARY = "secondary";
    private static final String LOCAL = "residential";
    private static final String FOOTWAY = "footway";

    private DemoStreets() {
    }

    /** Every public walkable way: main roads, bridges, local streets and footpaths. */
    static List<Street> streets() {
        List<Street> streets = new ArrayList<>();
        mainRoads(streets);
        localStreets(streets);
        footpaths(streets);
        return streets;
    }

    /** The river as an area (bank to bank) over the whole plan. */
    static Rect river() {
        return Rect.of(RIVER_CENTRE_EAST_METERS - RIVER_HALF_WIDTH_METERS, 0,
                RIVER_CENTRE_EAST_METERS + RIVER_HALF_WIDTH_METERS, CITY_SIZE_METERS);
    }

    /** 西岭公园, a park north of 锦绣华庭 with two crossing paths. */
    static Rect park() {
        return Rect.of(280, 2130, 870, 2720);
    }

    private static void mainRoads(List<Street> streets) {
        northSouth(streets, "西岭路", SECONDARY, 250);
        northSouth(streets, "友谊路", PRIMARY, 900);
        northSouth(streets, "滨河西路", SECONDARY, 1420);
        northSouth(streets, "滨河东路", SECONDARY, 1580);
        northSouth(streets, "东湖路", PRIMARY, 2100);
        northSouth(streets, "望海路", SECONDARY, 2750);
        eastWest(streets, "南环道", SECONDARY, 250, "");
        eastWest(streets, "解放道", PRIMARY, JIEFANG_DAO_NORTH_METERS, "解放桥");
        eastWest(streets, "长青道", SECONDARY, 1500, "");
        eastWest(streets, "建设道", PRIMARY, JIANSHE_DAO_NORTH_METERS, "建设桥");
        eastWest(streets, "北环道", SECONDARY, 2750, "");
    }

    private static void northSouth(List<Street> streets, String name, String highway, double eastMeters) {
        streets.add(Street.of(name, highway, Xy.of(eastMeters, 0), Xy.of(eastMeters, CITY_SIZE_METERS)));
    }

    /** An east-west road on both banks; with a bridge name, also the bridge between them. */
    private static void eastWest(List<Street> streets, String name, String highway, double northMeters,
                                 String bridgeName) {
        Xy westBank = Xy.of(WEST_BANK_END_METERS, northMeters);
        Xy eastBank = Xy.of(EAST_BANK_END_METERS, northMeters);
        streets.add(Street.of(name, highway, Xy.of(0, northMeters), westBank));
        if (!bridgeName.isEmpty()) {
            streets.add(Street.bridge(name, highway, bridgeName, westBank, eastBank));
        }
        streets.add(Street.of(name, highway, eastBank, Xy.of(CITY_SIZE_METERS, northMeters)));
    }

    /** Streets through the open neighbourhoods, and 育才路 between two compounds. */
    private static void localStreets(List<Street> streets) {
        streets.add(Street.of("西郊村路", LOCAL, Xy.of(0, 575), Xy.of(250, 575)));
        streets.add(Street.of("解放南里", LOCAL, Xy.of(1160, 250), Xy.of(1160, 900)));
        streets.add(Street.of("南里二条", LOCAL, Xy.of(900, 575), Xy.of(1420, 575)));
        streets.add(Street.of("育才路", LOCAL, Xy.of(575, 900), Xy.of(575, 1500)));
        streets.add(Street.of("望海里路", LOCAL, Xy.of(2425, 250), Xy.of(2425, 900)));
        streets.add(Street.of("望海里二条", LOCAL, Xy.of(2100, 575), Xy.of(2750, 575)));
        streets.add(Street.of("新村路", LOCAL, Xy.of(2425, 900), Xy.of(2425, 1500)));
        streets.add(Street.of("新村二条", LOCAL, Xy.of(2100, 1200), Xy.of(2750, 1200)));
        streets.add(Street.of("北塘路", LOCAL, Xy.of(2100, 2425), Xy.of(2750, 2425)));
        streets.add(Street.of("北塘二条", LOCAL, Xy.of(2425, 2100), Xy.of(2425, 2750)));
    }

    /** Riverside promenades on both banks (on land, crossing the road ends) and the park's paths. */
    private static void footpaths(List<Street> streets) {
        streets.add(Street.of("清水河西岸步道", FOOTWAY, Xy.of(1435, 250), Xy.of(1435, 2750)));
        streets.add(Street.of("清水河东岸步道", FOOTWAY, Xy.of(1565, 250), Xy.of(1565, 2750)));
        streets.add(Street.of("", FOOTWAY, Xy.of(575, 2100), Xy.of(575, 2750)));
        streets.add(Street.of("", FOOTWAY, Xy.of(250, 2425), Xy.of(900, 2425)));
    }
}
