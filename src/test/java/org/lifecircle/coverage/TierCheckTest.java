package org.lifecircle.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.AgeGroup;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.TestNetwork;
import org.lifecircle.units.DrawnUnits;
import org.lifecircle.units.UnitLevel;
import org.lifecircle.units.UnitParents;
import org.lifecircle.units.UnitTree;

class TierCheckTest {

    private static final Category ELDERLY = Category.of("elderly_care");
    private static final Category CANTEEN = Category.of("canteen");
    private static final Category CHILDCARE = Category.of("childcare");

    /*
     *   y 400 +---+----+--------+    districts: A = x 0..400, B = x 400..800
     *         | p | q  t1   r   |    streets:   p, q in A; r (north half) and s (south half) in B
     *         | C |    |  x  k  |    C  district_centre (150, 250)   t1, t2  street_station in q
     *     200 +   |    +--------+    x  community_site in r          k  childcare with tier street_station in r
     *         |   |    | s  m   |    m  canteen street_station in s (the elderly rule counts canteens)
     *       0 +---+-t2-+--------+
     *         0  200  400      800
     */
    private static UnitTree units() {
        return new UnitParents(Map.of(
                UnitLevel.DISTRICT, DrawnUnits.of(UnitLevel.DISTRICT,
                        "AAAABBBB",
                        "AAAABBBB",
                        "AAAABBBB",
                        "AAAABBBB"),
                UnitLevel.STREET, DrawnUnits.of(UnitLevel.STREET,
                        "ppqqrrrr",
                        "ppqqrrrr",
                        "ppqqssss",
                        "ppqqssss"))).run();
    }

    private static Facility at(String id, Category category, String tier, double x, double y) {
        return new Facility(id, category, "", tier, id, OptionalInt.empty(), TestNetwork.lon(x), TestNetwork.lat(y),
                "test");
    }

    private static PolicyProfile profile(int minCount) {
        Map<Category, CategoryRule> rules = new LinkedHashMap<>();
        rules.put(ELDERLY, CategoryRule.ofDistance(ELDERLY, 720, OptionalDouble.of(100), "test")
                .withScope(new RuleScope(Set.of(ELDERLY, CANTEEN), false, AgeGroup.ALL, OptionalDouble.empty())));
        rules.put(CHILDCARE, CategoryRule.ofDistance(CHILDCARE, 1000, OptionalDouble.empty(), "test"));
        Map<UnitLevel, String> tiers = new EnumMap<>(UnitLevel.class);
        tiers.put(UnitLevel.DISTRICT, "district_centre");
        tiers.put(UnitLevel.STREET, "street_station");
        tiers.put(UnitLevel.COMMUNITY, "community_site");
        return new PolicyProfile("t", "t", "", rules, DemandDefaults.none(), List.of(),
                Map.of(ELDERLY, new TierRule(ELDERLY, tiers, minCount)));
    }

    private static final List<Facility> FACILITIES = List.of(
            at("C", ELDERLY, "district_centre", 150, 250),     // A's centre, in street p
            at("t1", ELDERLY, "street_station", 250, 350),     // q's station
            at("t2", ELDERLY, "street_station", 350, 50),      // q's second station
            at("x", ELDERLY, "community_site", 600, 300),      // r has a site, not a station
            at("k", CHILDCARE, "street_station", 650, 350),    // not the rule's facility: r still has none
            at("m", CANTEEN, "street_station", 600, 100));     // a canteen the rule counts: s has a station

    private static Map<String, Integer> counts(List<TierRow> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put(r.level().id() + " " + r.code(), r.facilitiesOfTier()));
        return counts;
    }

    @Test
    void everyUnitOfEveryLevelGivenIsCheckedForItsTier() {
        List<TierRow> rows = new TierCheck(FACILITIES, profile(1), units()).run();
        assertThat(counts(rows)).containsExactly(Map.entry("district A", 1), Map.entry("district B", 0),
                Map.entry("street p", 0), Map.entry("street q", 2), Map.entry("street r", 0), Map.entry("street s", 1));
        assertThat(rows.stream().filter(r -> !r.present()).map(TierRow::code)).containsExactly("B", "p", "r");
        assertThat(rows.get(2).requiredTier()).isEqualTo("street_station");
    }

    @Test
    void aMinimumCountOfTwoLeavesOnlyTheStreetWithTwoStations() {
        List<TierRow> rows = new TierCheck(FACILITIES, profile(2), units()).run();
        assertThat(rows.stream().filter(TierRow::present).map(TierRow::code)).containsExactly("q");
    }

    @Test
    void unknownTiersAreRefused() {
        assertThatThrownBy(() -> new TierRule(ELDERLY, Map.of(UnitLevel.STREET, "street_centre"), 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("elderly_care: 'street_centre' is not a facility tier (district_centre, street_station,"
                        + " community_site)");
    }

    @Test
    void areasAreAssignedAtEveryLevel() {
        TestNetwork.Built road = new TestNetwork().node("R0", 0, 0).node("R1", 800, 0).edge("R0", "R1").build();
        List<ResidentialArea> areas = List.of(
                CoverageAnalysisTest.area("in-p", DrawnUnits.box(20, 20, 180, 120), 100, List.of()),
                CoverageAnalysisTest.area("in-q", DrawnUnits.box(220, 20, 380, 120), 300, List.of()),
                CoverageAnalysisTest.area("in-s", DrawnUnits.box(620, 20, 780, 120), 50, List.of()));
        CoverageResult result = new CoverageAnalysis(road.graph(), List.of(at("F", ELDERLY, "", 100, 0)), areas,
                profile(1)).run();
        UnitReport report = UnitReport.of(result, units());
        LevelCoverage districts = report.levels().get(0);
        LevelCoverage streets = report.levels().get(1);
        assertThat(districts.rows().stream().filter(r -> r.category().equals(ELDERLY))
                .map(r -> r.districtCode() + "=" + (int) r.population())).containsExactly("A=400", "B=50");
        assertThat(streets.rows().stream().filter(r -> r.category().equals(ELDERLY))
                .map(r -> r.districtCode() + "=" + (int) r.population())).containsExactly("p=100", "q=300", "r=0", "s=50");
        // street p's only area is 20 m off the road next to F
        assertThat(streets.rows().get(0).coveragePct()).isEqualTo(100);
    }

    /*
     * The walk check, on three streets of 400 m along one road (y = 0, x 0..1,200 m), threshold 250 m,
     * a station's residents' share needed 60 %. Walk = 10 (snap) + along the road + 10 (snap).
     *
     *   street   p p p p | q q q q | r r r r
     *   facility   S1    |S2     Y |           S1 (200,10), S2 (420,10) street_station; Y (730,10) community_site
     *   areas   p1  p2   |q1   q2  | r1        y 10..40
     *
     * p1 60..120: 80 + 20 = 100 from S1, p2 300..340: 100 + 20, both covered: p 100 %.
     * q1 440..480: 20 + 20 covered (pop 100); q2 700..760 (pop 300): 280 + 20 = 300 from S2, not
     * (Y is 20 m away, but of another tier: the elderly rule covers q2, the street tier does not):
     * q 100 of 400 = 25 %, below 60 %, so q lacks its station although it has one inside.
     * r1 820..860: 400 + 20 from S2, not: r 0 %, and no station (0 of 1).
     */
    @Test
    void theWalkCheckNeedsTheUnitsResidentsWithinTheThresholdOfAFacilityOfTheTier() {
        TestNetwork.Built road = new TestNetwork().node("R0", 0, 0).node("R1", 1200, 0).edge("R0", "R1").build();
        List<Facility> facilities = List.of(at("S1", ELDERLY, "street_station", 200, 10),
                at("S2", ELDERLY, "street_station", 420, 10), at("Y", ELDERLY, "community_site", 730, 10));
        List<ResidentialArea> areas = List.of(
                CoverageAnalysisTest.area("p1", DrawnUnits.box(60, 10, 120, 40), 100, List.of()),
                CoverageAnalysisTest.area("p2", DrawnUnits.box(300, 10, 340, 40), 100, List.of()),
                CoverageAnalysisTest.area("q1", DrawnUnits.box(440, 10, 480, 40), 100, List.of()),
                CoverageAnalysisTest.area("q2", DrawnUnits.box(700, 10, 760, 40), 300, List.of()),
                CoverageAnalysisTest.area("r1", DrawnUnits.box(820, 10, 860, 40), 100, List.of()));
        Map<Category, CategoryRule> rules = Map.of(ELDERLY, CategoryRule.ofDistance(ELDERLY, 250, OptionalDouble.empty(),
                "test"));
        PolicyProfile profile = new PolicyProfile("t", "t", "", rules, DemandDefaults.none(), List.of(),
                Map.of(ELDERLY, new TierRule(ELDERLY, Map.of(UnitLevel.STREET, "street_station"), 1,
                        OptionalDouble.of(60))));
        CoverageResult result = new CoverageAnalysis(road.graph(), facilities, areas, profile).run();
        UnitTree streets = new UnitParents(Map.of(UnitLevel.STREET, DrawnUnits.of(UnitLevel.STREET,
                "ppppqqqqrrrr"))).run();
        List<TierRow> rows = UnitReport.of(result, streets, new TierWalk(road.graph(), 300)).tiers();
        assertThat(rows).extracting(r -> r.code() + " " + r.facilitiesOfTier() + " " + Math.round(r.withinWalkPct())
                + " " + r.check() + " " + r.present()).containsExactly("p 1 100 inside_and_walk true",
                "q 1 25 inside_and_walk false", "r 0 0 inside_and_walk false");
        assertThat(result.coverage().get(3).get(ELDERLY).covered()).as("q2 covered by the rule through Y").isTrue();
    }
}
