package org.lifecircle.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.InvalidInputException;

class UnitParentsTest {

    /* Two districts of 400 m x 400 m side by side. */
    private static final List<AdminUnit> DISTRICTS = DrawnUnits.of(UnitLevel.DISTRICT,
            "AAAABBBB",
            "AAAABBBB",
            "AAAABBBB",
            "AAAABBBB");

    /* Four streets: p and q in A, r and s in B. */
    private static final List<AdminUnit> STREETS = DrawnUnits.of(UnitLevel.STREET,
            "ppqqrrrr",
            "ppqqrrrr",
            "ppqqssss",
            "ppqqssss");

    private static Map<String, String> parents(List<AdminUnit> units) {
        Map<String, String> parents = new java.util.TreeMap<>();
        units.forEach(u -> parents.put(u.code(), u.parentCode()));
        return parents;
    }

    @Test
    void streetsGetTheDistrictThatHoldsThem() {
        UnitTree tree = new UnitParents(Map.of(UnitLevel.DISTRICT, DISTRICTS, UnitLevel.STREET, STREETS)).run();
        assertThat(parents(tree.units(UnitLevel.STREET))).containsExactlyEntriesOf(
                new java.util.TreeMap<>(Map.of("p", "A", "q", "A", "r", "B", "s", "B")));
        assertThat(parents(tree.units(UnitLevel.DISTRICT))).containsEntry("A", "");
    }

    @Test
    void aSliverAcrossTheBorderIsTolerated() {
        // q drawn 20 m too far east: 20 x 400 m of its 220 x 400 m (9 %) lie in B
        List<AdminUnit> streets = new ArrayList<>(STREETS);
        streets.set(1, DrawnUnits.unit(UnitLevel.STREET, "q", DrawnUnits.box(200, 0, 420, 400)));
        UnitTree tree = new UnitParents(Map.of(UnitLevel.DISTRICT, DISTRICTS, UnitLevel.STREET, streets)).run();
        assertThat(parents(tree.units(UnitLevel.STREET))).containsEntry("q", "A");
    }

    @Test
    void aStreetAcrossTwoDistrictsIsRefusedNamingIt() {
        // q widened to x 200..500: 100 of its 300 m (33 %) lie in B
        List<AdminUnit> streets = new ArrayList<>(STREETS);
        streets.set(1, DrawnUnits.unit(UnitLevel.STREET, "q", DrawnUnits.box(200, 0, 500, 400)));
        assertThatThrownBy(() -> new UnitParents(Map.of(UnitLevel.DISTRICT, DISTRICTS, UnitLevel.STREET, streets)).run())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("street q (unit q, drawn q) lies in two districts: A (67 %) and B (33 %); give it a"
                        + " parent_code or split it");
    }

    @Test
    void aStreetInNoDistrictIsRefusedNamingIt() {
        List<AdminUnit> streets = new ArrayList<>(STREETS);
        streets.add(DrawnUnits.unit(UnitLevel.STREET, "far", DrawnUnits.box(2000, 0, 2200, 400)));
        assertThatThrownBy(() -> new UnitParents(Map.of(UnitLevel.DISTRICT, DISTRICTS, UnitLevel.STREET, streets)).run())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("street far (unit far, drawn far) lies in no district (not more than 10 % of it"
                        + " inside any)");
    }

    @Test
    void communitiesWithoutStreetsTakeTheirDistrict() {
        List<AdminUnit> communities = DrawnUnits.of(UnitLevel.COMMUNITY,
                "ab..cd..",
                "ab..cd..",
                "........",
                "........");
        UnitTree tree = new UnitParents(Map.of(UnitLevel.DISTRICT, DISTRICTS, UnitLevel.COMMUNITY, communities)).run();
        assertThat(parents(tree.units(UnitLevel.COMMUNITY))).containsExactlyEntriesOf(
                new java.util.TreeMap<>(Map.of("a", "A", "b", "A", "c", "B", "d", "B")));
        assertThat(tree.findParentLevel(UnitLevel.COMMUNITY)).contains(UnitLevel.DISTRICT);
    }

    @Test
    void aGivenParentIsKeptAndAnUnknownOneRefused() {
        List<AdminUnit> streets = new ArrayList<>(STREETS);
        // drawn in A, but its file says B: the file's word wins (a parent_code is what the office published)
        streets.set(0, STREETS.get(0).withParent("B"));
        UnitTree tree = new UnitParents(Map.of(UnitLevel.DISTRICT, DISTRICTS, UnitLevel.STREET, streets)).run();
        assertThat(parents(tree.units(UnitLevel.STREET))).containsEntry("p", "B");
        streets.set(0, STREETS.get(0).withParent("Z"));
        assertThatThrownBy(() -> new UnitParents(Map.of(UnitLevel.DISTRICT, DISTRICTS, UnitLevel.STREET, streets)).run())
                .hasMessage("drawn p: street p names parent_code Z, which is no district's code");
    }

    @Test
    void twoUnitsOfOneLevelWithOneCodeAreRefused() {
        List<AdminUnit> streets = new ArrayList<>(STREETS);
        streets.add(DrawnUnits.unit(UnitLevel.STREET, "p", DrawnUnits.box(0, 0, 50, 50)));
        assertThatThrownBy(() -> new UnitParents(Map.of(UnitLevel.STREET, streets)).run())
                .hasMessageStartingWith("drawn p: street code p is also the code of drawn p");
    }
}
