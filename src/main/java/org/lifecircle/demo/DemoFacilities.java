package org.lifecircle.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The facilities of the demo city and the gaps they deliberately leave. Facilities stand 10 m from
 * the centre line of the street they face (or on a local street), so that each joins that street.
 */
final class DemoFacilities {

    private static final String ELDERLY = "elderly_care";
    private static final String CHILDCARE = "childcare";
    private static final String CONVENIENCE = "convenience";
    private static final String CANTEEN = "canteen";

    private DemoFacilities() {
    }

    static List<PlannedFacility> facilities() {
        return List.of(
                elderly("EC-01", "西岭区养老服务中心", "养老服务中心", "service_centre", "district_centre", 80, 600, 910),
                elderly("EC-02", "滨河日间照料中心", "日间照料", "day_care", "street_station", 30, 1400, 1490),
                elderly("EC-03", "锦绣社区老年食堂", "老年食堂", "canteen", "community_site", 40, 420, 2110),
                elderly("EC-04", "临河街日间照料中心", "日间照料", "day_care", "street_station", 30, 1300, 2110),
                elderly("EC-05", "西郊村老年食堂", "老年食堂", "canteen", "community_site", 30, 130, 585),
                elderly("EC-06", "东湖区养老服务中心", "养老服务中心", "service_centre", "district_centre", 100, 1760, 890),
                elderly("EC-07", "东湖新村日间照料中心", "日间照料", "day_care", "community_site", 25, 2425, 1490),
                // meal aid (助餐点) inside five of the centres: with the two canteens above, 老年助餐 reaches
                // exactly the areas elderly care reaches, so its gaps are the three elderly-care gaps; they have
                // no tier of their own (a 助餐点 inside a centre is not a second centre)
                elderly("MA-01", "西岭区养老服务中心助餐点", "助餐点", "canteen", "", 60, 600, 910),
                elderly("MA-02", "滨河日间照料中心助餐点", "助餐点", "canteen", "", 30, 1400, 1490),
                elderly("MA-04", "临河街日间照料中心助餐点", "助餐点", "canteen", "", 30, 1300, 2110),
                elderly("MA-06", "东湖区养老服务中心助餐点", "助餐点", "canteen", "", 80, 1760, 890),
                elderly("MA-07", "东湖新村日间照料中心助餐点", "助餐点", "canteen", "", 20, 2425, 1490),
                other("CC-01", "长青幼儿园", "幼儿园", "kindergarten", 270, 575, 1485),
                other("CC-02", "解放南里托育园", "托育", "nursery", 60, 1170, 700),
                other("CC-03", "西郊幼儿园", "幼儿园", "kindergarten", 180, 60, 565),
                other("CC-04", "临河托育中心", "托育", "nursery", 80, 1410, 1700),
                other("CC-05", "春晖幼儿园", "幼儿园", "kindergarten", 300, 1840, 1490),
                other("CC-06", "东湖湾幼儿园", "幼儿园", "kindergarten", 240, 1590, 400),
                other("CC-07", "建设新苑托育中心", "托育", "nursery", 60, 1700, 2110),
                other("CC-08", "望海托育园", "托育", "nursery", 50, 2760, 2150),
                other("CV-01", "解放道便利店", "便利店", "convenience_store", 0, 1300, 910),
                other("CV-02", "长青菜市场", "菜市场", "market", 0, 760, 1510),
                other("CV-03", "锦绣便利店", "便利店", "convenience_store", 0, 700, 2110),
                other("CV-04", "滨河便利店", "便利店", "convenience_store", 0, 1700, 1510),
                other("CV-05", "东湖生鲜超市", "超市", "supermarket", 0, 2110, 1200),
                other("CV-06", "建设道便利店", "便利店", "convenience_store", 0, 1960, 2110),
                other("CV-07", "望海路便利店", "便利店", "convenience_store", 0, 2760, 2050),
                other("CV-08", "望海里菜市场", "菜市场", "market", 0, 2435, 700),
                other("CV-09", "友谊超市", "超市", "supermarket", 0, 890, 1350));
    }

    /**
     * The deliberate gaps; every other area is covered for every category under tianjin-2022 that the
     * demo has facilities for. Each elderly-care gap is a meal-aid (canteen) gap too: the meal-aid
     * points are in the elderly centres.
     */
    static List<PlannedGap> gaps() {
        List<PlannedGap> gaps = new ArrayList<>(planted());
        for (PlannedGap gap : planted()) {
            if (gap.category().equals(ELDERLY)) {
                gaps.add(new PlannedGap(gap.areaId(), CANTEEN, gap.kind(), mealAidIn(gap.nearbyFacilityId()),
                        "as for elderly care (the meal-aid point is in the same centre): " + gap.reason()));
            }
        }
        return gaps;
    }

    /** The meal-aid point (助餐点) inside an elderly centre: the one at the centre's position. */
    private static String mealAidIn(String centreId) {
        List<PlannedFacility> all = facilities();
        Xy centre = all.stream().filter(f -> f.id().equals(centreId)).findFirst().orElseThrow().position();
        return all.stream().filter(f -> f.categoryValue().equals("助餐点") && f.position().equals(centre)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no meal-aid point in " + centreId)).id();
    }

    private static List<PlannedGap> planted() {
        return List.of(
                new PlannedGap("DH-05", ELDERLY, "river", "EC-02", "滨河花园 is about 210 m across the river from"
                        + " 滨河日间照料中心 but both bridges are 600 m away; the walk is over 720 m"),
                new PlannedGap("XL-06", CHILDCARE, "gate_orientation", "CC-01", "锦绣华庭's only gate faces north;"
                        + " 长青幼儿园 is 45 m south of its wall but the walk round the compound is over 1000 m"),
                new PlannedGap("XL-09", CONVENIENCE, "distance", "CV-01", "西郊村 on the western fringe has no shop"
                        + " within 990 m on foot; the nearest on foot is 解放道便利店 at about 1.1 km"),
                new PlannedGap("DH-09", ELDERLY, "distance", "EC-04", "北塘新村 in the north-east corner has no"
                        + " elderly facility within 720 m on foot; the nearest on foot is across 建设桥"),
                new PlannedGap("DH-07", ELDERLY, "locked_gate", "EC-07", "望海花园's south gate towards"
                        + " 东湖新村日间照料中心 (40 m away) is locked; from its north-east gate the walk is over 720 m"));
    }

    private static PlannedFacility elderly(String id, String name, String categoryValue, String subtype, String tier,
                                           int capacity, double eastMeters, double northMeters) {
        return new PlannedFacility(id, name, categoryValue, subtype, tier, capacity, Xy.of(eastMeters, northMeters));
    }

    private static PlannedFacility other(String id, String name, String categoryValue, String subtype, int capacity,
                                         double eastMeters, double northMeters) {
        return new PlannedFacility(id, name, categoryValue, subtype, "", capacity, Xy.of(eastMeters, northMeters));
    }
}
