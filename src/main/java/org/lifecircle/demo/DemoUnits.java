package org.lifecircle.demo;

import java.util.List;

/**
 * The streets (街道) and communities (社区) of the demo city, and the tier gaps they leave. Each
 * district is cut at 1,500 m north into a southern and a northern street; 解放街道 is cut again at
 * 900 m east into two communities, every other street is one community. Streets carry no parent
 * code (the reader finds their district by containment); communities name their street.
 *
 * <p>The elderly-care facilities' tiers then leave four units without the tier tianjin-2022 asks
 * for: 东湖街道 and 北塘街道 have no street station, 解放南里社区 and 北塘社区 no community site.
 */
final class DemoUnits {

    /** A unit of the plan: code, name, its parent's code (empty when the reader finds it) and extent. */
    record Unit(String code, String name, String parentCode, Rect extent) {
    }

    /** A unit that lacks its tier: what expected-gaps.csv lists (kind "tier"). */
    record TierGap(String unitCode, String unitName, String nearbyFacilityId, String reason) {
    }

    static final String JIEFANG = "129901001";
    static final String LINHE = "129901002";
    static final String DONGHU = "129902001";
    static final String BEITANG = "129902002";

    private static final double LOW = -200;
    private static final double HIGH = 3200;
    private static final double STREET_SPLIT_NORTH_METERS = 1500;
    private static final double COMMUNITY_SPLIT_EAST_METERS = 900;

    private DemoUnits() {
    }

    static List<Unit> streets() {
        double river = DemoStreets.RIVER_CENTRE_EAST_METERS;
        double split = STREET_SPLIT_NORTH_METERS;
        return List.of(
                new Unit(JIEFANG, "解放街道", "", Rect.of(LOW, LOW, river, split)),
                new Unit(LINHE, "临河街道", "", Rect.of(LOW, split, river, HIGH)),
                new Unit(DONGHU, "东湖街道", "", Rect.of(river, LOW, HIGH, split)),
                new Unit(BEITANG, "北塘街道", "", Rect.of(river, split, HIGH, HIGH)));
    }

    static List<Unit> communities() {
        double river = DemoStreets.RIVER_CENTRE_EAST_METERS;
        double split = STREET_SPLIT_NORTH_METERS;
        double east = COMMUNITY_SPLIT_EAST_METERS;
        return List.of(
                new Unit(JIEFANG + "001", "西郊社区", JIEFANG, Rect.of(LOW, LOW, east, split)),
                new Unit(JIEFANG + "002", "解放南里社区", JIEFANG, Rect.of(east, LOW, river, split)),
                new Unit(LINHE + "001", "锦绣社区", LINHE, Rect.of(LOW, split, river, HIGH)),
                new Unit(DONGHU + "001", "东湖新村社区", DONGHU, Rect.of(river, LOW, HIGH, split)),
                new Unit(BEITANG + "001", "北塘社区", BEITANG, Rect.of(river, split, HIGH, HIGH)));
    }

    /** The units without the elderly-care tier of their level, in level then plan order. */
    static List<TierGap> tierGaps() {
        return List.of(
                new TierGap(DONGHU, "东湖街道", "EC-06", "东湖街道 has no street station (一街一阵地): 东湖区养老服务中心 is"
                        + " the district centre and 东湖新村日间照料中心 a community site; all its areas are within"
                        + " 15 minutes of them all the same"),
                new TierGap(BEITANG, "北塘街道", "EC-04", "北塘街道 has no street station: the nearest is"
                        + " 临河街日间照料中心 in 临河街道 across 建设桥"),
                new TierGap(JIEFANG + "002", "解放南里社区", "EC-02", "解放南里社区 has no community site"
                        + " (一社区一场所): 滨河日间照料中心 inside it is its street's station"),
                new TierGap(BEITANG + "001", "北塘社区", "EC-07", "北塘社区 has no community site and no elderly"
                        + " facility of any tier"));
    }
}
