package org.lifecircle.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.network.TestNetwork;
import org.lifecircle.units.DrawnUnits;
import org.lifecircle.units.UnitLevel;
import org.lifecircle.units.UnitParents;
import org.lifecircle.units.UnitTree;

/**
 * The share of communities served, on a drawn strip of 8 communities of 200 m along one road
 * (y = 0, x 0..1,600 m), childcare threshold 250 m, target 60 %.
 *
 * <pre>
 *  district  A A A A A A A A | B B B B B B B B     A = x 0..800, B = x 800..1,600
 *  street    p p p p q q q q | r r r r r r r r
 *  community a a b b c c d d | e e f f g g h h     each 200 m wide, y 0..200
 *  facility    K1        X   |   K2        K3  K4  K1 (100,10), K2 (900,10), K4 (1550,10) childcare;
 *                                                  K3 (1390,150) childcare, 140 m off the road; X (500,10) convenience
 *  areas     a1  b1 b2 c1 d2 d1 e1 f1  g1         y 10..40; walk = 10 (snap) + along the road + 10 (snap)
 * </pre>
 *
 * Hand-worked walks (nearest childcare) and residents covered per community:
 * a1 60..140 at K1: 20 m, covered (a: 100 %); b1 220..260: 120 + 20 = 140 covered (pop 100), b2
 * 370..390: 270 + 20 = 290 not (pop 300): b 25 %; c1 420..460: 320 + 20 from K1, 440 + 20 from K2:
 * not (c 0 %; X is no childcare); d1 700..760: 140 + 20 from K2, covered (pop 100), d2 610..630:
 * 270 + 20, not (pop 100): d 50 %; e1 860..940 at K2: covered; f1 1,020..1,060: 120 + 20 covered;
 * g1 1,220..1,260: 290 + 20 from K4, 130 + 150 + 20 from K3: not (g 0 %); h has no area (no_data,
 * left out although K4 lies in it).
 *
 * <p>Served: inside = a, e, g (3 of 7 communities with areas, 42.9 %); walk (at least 50 % of
 * residents) = a, d, e, f (4 of 7, 57.1 %); inside or walk = a, d, e, f, g (5 of 7, 71.4 %).
 * Districts, inside: A = a of a..d, 1 of 4 (25 %); B = e, g of e, f, g, 2 of 3 (66.7 %).
 */
class CommunitySharesTest {

    private static final Category CHILDCARE = Category.of("childcare");
    private static final Category CONVENIENCE = Category.of("convenience");

    private static UnitTree units() {
        return new UnitParents(Map.of(
                UnitLevel.DISTRICT, DrawnUnits.of(UnitLevel.DISTRICT, "AAAAAAAABBBBBBBB", "AAAAAAAABBBBBBBB"),
                UnitLevel.STREET, DrawnUnits.of(UnitLevel.STREET, "ppppqqqqrrrrrrrr", "ppppqqqqrrrrrrrr"),
                UnitLevel.COMMUNITY, DrawnUnits.of(UnitLevel.COMMUNITY, "aabbccddeeffgghh", "aabbccddeeffgghh")))
                .run();
    }

    private static Facility at(String id, Category category, double x, double y) {
        return new Facility(id, category, "", "", id, OptionalInt.empty(), TestNetwork.lon(x), TestNetwork.lat(y),
                "test");
    }

    private static final List<Facility> FACILITIES = List.of(at("K1", CHILDCARE, 100, 10),
            at("K2", CHILDCARE, 900, 10), at("K3", CHILDCARE, 1390, 150), at("K4", CHILDCARE, 1550, 10),
            at("X", CONVENIENCE, 500, 10));

    private static ResidentialArea area(String id, double x0, double x1, double residents) {
        return CoverageAnalysisTest.area(id, DrawnUnits.box(x0, 10, x1, 40), residents, List.of());
    }

    private static final List<ResidentialArea> AREAS = List.of(area("a1", 60, 140, 100), area("b1", 220, 260, 100),
            area("b2", 370, 390, 300), area("c1", 420, 460, 100), area("d2", 610, 630, 100), area("d1", 700, 760, 100),
            area("e1", 860, 940, 100), area("f1", 1020, 1060, 100), area("g1", 1220, 1260, 100));

    private static UnitReport report(CommunityServedBy servedBy) {
        Map<Category, CategoryRule> rules = new LinkedHashMap<>();
        rules.put(CHILDCARE, CategoryRule.ofDistance(CHILDCARE, 250, OptionalDouble.of(60), "test"));
        rules.put(CONVENIENCE, CategoryRule.ofDistance(CONVENIENCE, 250, OptionalDouble.empty(), "test"));
        PolicyProfile profile = new PolicyProfile("t", "t", "", rules, DemandDefaults.none(), List.of(), Map.of(),
                Map.of(CHILDCARE, new CommunityShareRule(CHILDCARE, 60, servedBy, 50)));
        TestNetwork.Built road = new TestNetwork().node("R0", 0, 0).node("R1", 1600, 0).edge("R0", "R1").build();
        CoverageResult result = new CoverageAnalysis(road.graph(), FACILITIES, AREAS, profile).run();
        return UnitReport.of(result, units());
    }

    private static Map<String, String> shares(UnitReport report) {
        Map<String, String> shares = new LinkedHashMap<>();
        report.communityShares().forEach(s -> shares.put(s.level().map(UnitLevel::id).orElse("all") + " " + s.code(),
                s.served() + "/" + s.communities() + (s.pass().isPresent() ? (s.pass().get() ? " pass" : " fail") : "")));
        return shares;
    }

    @Test
    void servedInsideCountsTheCommunitiesWithAFacilityOfTheRule() {
        Map<String, String> shares = shares(report(CommunityServedBy.INSIDE));
        assertThat(shares).containsEntry("all ", "3/7 fail").containsEntry("district A", "1/4 fail")
                .containsEntry("district B", "2/3 pass").containsEntry("street p", "1/2 fail")
                .containsEntry("street q", "0/2 fail").containsEntry("street r", "2/3 pass")
                .containsEntry("community a", "1/1").containsEntry("community c", "0/1")
                .containsEntry("community g", "1/1").containsEntry("community h", "0/0").hasSize(1 + 2 + 3 + 8);
        assertThat(report(CommunityServedBy.INSIDE).communityShares().get(0).sharePct()).isCloseTo(300.0 / 7,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void servedByWalkNeedsMostOfACommunitysResidentsWithinTheThreshold() {
        Map<String, String> shares = shares(report(CommunityServedBy.WALK));
        assertThat(shares).containsEntry("all ", "4/7 fail").containsEntry("district A", "2/4 fail")
                .containsEntry("district B", "2/3 pass").containsEntry("community b", "0/1")
                .containsEntry("community d", "1/1").containsEntry("community g", "0/1");
    }

    @Test
    void insideOrWalkTakesEither() {
        Map<String, String> shares = shares(report(CommunityServedBy.INSIDE_OR_WALK));
        assertThat(shares).containsEntry("all ", "5/7 pass").containsEntry("district A", "2/4 fail")
                .containsEntry("district B", "3/3 pass");
        assertThat(report(CommunityServedBy.INSIDE_OR_WALK).sharesMissed()).extracting(CommunityShare::describe)
                .containsExactly("unit A A (district)", "unit p p (street)", "unit q q (street)");
    }

    @Test
    void withoutACommunityLevelThereAreNoShares() {
        TestNetwork.Built road = new TestNetwork().node("R0", 0, 0).node("R1", 1600, 0).edge("R0", "R1").build();
        Map<Category, CategoryRule> rules = Map.of(CHILDCARE, CategoryRule.ofDistance(CHILDCARE, 250,
                OptionalDouble.of(60), "test"));
        PolicyProfile profile = new PolicyProfile("t", "t", "", rules, DemandDefaults.none(), List.of(), Map.of(),
                Map.of(CHILDCARE, new CommunityShareRule(CHILDCARE, 60, CommunityServedBy.INSIDE, 50)));
        CoverageResult result = new CoverageAnalysis(road.graph(), FACILITIES, AREAS, profile).run();
        UnitTree streetsOnly = new UnitParents(Map.of(UnitLevel.STREET, DrawnUnits.of(UnitLevel.STREET,
                "ppppqqqqrrrrrrrr"))).run();
        assertThat(UnitReport.of(result, streetsOnly).communityShares()).isEmpty();
    }
}
