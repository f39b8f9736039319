package org.lifecircle.demo;

import java.util.List;

/**
 * The residential areas and the two districts of the demo city. Compound outlines stand 30 m back
 * from main-road centre lines and 15 m from local streets; gates sit on the outline with a
 * footway straight out to the street. West of the river is 西岭区, east of it 东湖区 (invented
 * names, and invented codes in Tianjin's 12xxxx range that no real district uses).
 */
final class DemoAreas {

    /** A district: code, name and extent (the two meet on the river's centre line). */
    record District(String code, String name, Rect extent) {
    }

    static final String XILING = "129901";
    static final String DONGHU = "129902";

    private static final double MARGIN_METERS = 200;
    /** Residents per hectare of land, before the generator's spread. */
    private static final double COMPOUND_PER_HECTARE = 300;
    private static final double OPEN_PER_HECTARE = 220;
    private static final double VILLAGE_PER_HECTARE = 120;

    private DemoAreas() {
    }

    static List<District> districts() {
        double size = DemoStreets.CITY_SIZE_METERS;
        double river = DemoStreets.RIVER_CENTRE_EAST_METERS;
        return List.of(
                new District(XILING, "西岭区", Rect.of(-MARGIN_METERS, -MARGIN_METERS, river, size + MARGIN_METERS)),
                new District(DONGHU, "东湖区",
                        Rect.of(river, -MARGIN_METERS, size + MARGIN_METERS, size + MARGIN_METERS)));
    }

    static List<Area> areas() {
        return List.of(
                Area.compound("XL-01", "西岭嘉园", XILING, Rect.of(280, 280, 870, 870), COMPOUND_PER_HECTARE,
                        gate("北门", 575, 870, 575, 900), gate("东门", 870, 575, 900, 575)),
                Area.open("XL-02", "解放南里", XILING, Rect.of(915, 265, 1405, 885), OPEN_PER_HECTARE),
                Area.compound("XL-03", "育才里", XILING, Rect.of(280, 930, 560, 1470), COMPOUND_PER_HECTARE,
                        gate("东门", 560, 1200, 575, 1200)),
                Area.compound("XL-04", "长青园", XILING, Rect.of(590, 930, 870, 1470), COMPOUND_PER_HECTARE,
                        gate("西门", 590, 1100, 575, 1100), gate("北门", 730, 1470, 730, 1500)),
                Area.compound("XL-05", "友谊新村", XILING, Rect.of(930, 930, 1390, 1470), COMPOUND_PER_HECTARE,
                        gate("西门", 930, 1200, 900, 1200), gate("东门", 1390, 1200, 1420, 1200)),
                Area.compound("XL-06", "锦绣华庭", XILING, Rect.of(280, 1530, 870, 2070), COMPOUND_PER_HECTARE,
                        gate("北门", 575, 2070, 575, 2100)),
                Area.compound("XL-07", "临河家园", XILING, Rect.of(930, 1530, 1390, 2070), COMPOUND_PER_HECTARE,
                        gate("西门", 930, 1800, 900, 1800), gate("东门", 1390, 1800, 1420, 1800)),
                Area.compound("XL-08", "建设里", XILING, Rect.of(930, 2130, 1390, 2720), COMPOUND_PER_HECTARE,
                        gate("南门", 1160, 2130, 1160, 2100), gate("东门", 1390, 2425, 1420, 2425)),
                Area.open("XL-09", "西郊村", XILING, Rect.of(20, 300, 225, 850), VILLAGE_PER_HECTARE),
                Area.compound("DH-01", "东湖湾", DONGHU, Rect.of(1610, 280, 2070, 870), COMPOUND_PER_HECTARE,
                        gate("北门", 1840, 870, 1840, 900), gate("西门", 1610, 575, 1580, 575)),
                Area.open("DH-02", "望海里", DONGHU, Rect.of(2115, 265, 2735, 885), OPEN_PER_HECTARE),
                Area.compound("DH-03", "春晖苑", DONGHU, Rect.of(1610, 930, 2070, 1470), COMPOUND_PER_HECTARE,
                        gate("南门", 1840, 930, 1840, 900), gate("东门", 2070, 1200, 2100, 1200)),
                Area.open("DH-04", "东湖新村", DONGHU, Rect.of(2115, 915, 2735, 1485), OPEN_PER_HECTARE),
                Area.compound("DH-05", "滨河花园", DONGHU, Rect.of(1610, 1530, 2070, 1750), COMPOUND_PER_HECTARE,
                        gate("西门", 1610, 1600, 1580, 1600)),
                Area.compound("DH-06", "东湖名苑", DONGHU, Rect.of(1610, 1780, 2070, 2070), COMPOUND_PER_HECTARE,
                        gate("北门", 1840, 2070, 1840, 2100), gate("西门", 1610, 1950, 1580, 1950)),
                Area.compound("DH-07", "望海花园", DONGHU, Rect.of(2130, 1530, 2720, 2070), COMPOUND_PER_HECTARE,
                        gate("东北门", 2720, 2000, 2750, 2000), Gate.locked("南门", Xy.of(2425, 1530))),
                Area.compound("DH-08", "建设新苑", DONGHU, Rect.of(1610, 2130, 2070, 2720), COMPOUND_PER_HECTARE,
                        gate("南门", 1840, 2130, 1840, 2100)),
                Area.open("DH-09", "北塘新村", DONGHU, Rect.of(2115, 2115, 2735, 2735), OPEN_PER_HECTARE));
    }

    private static Gate gate(String name, double eastMeters, double northMeters, double streetEastMeters,
                             double streetNorthMeters) {
        return Gate.open(name, Xy.of(eastMeters, northMeters), Xy.of(streetEastMeters, streetNorthMeters));
    }
}
