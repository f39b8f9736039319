package org.lifecircle.network;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PedestrianAccessTest {

    private final PedestrianAccess access = PedestrianAccess.standard();

    private static Map<String, String> tags(String... keyValues) {
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            tags.put(keyValues[i], keyValues[i + 1]);
        }
        return tags;
    }

    @ParameterizedTest
    @ValueSource(strings = {"footway", "path", "pedestrian", "steps", "living_street", "residential", "service",
            "unclassified", "track", "cycleway", "tertiary", "tertiary_link", "secondary", "secondary_link",
            "primary", "primary_link"})
    void walkableHighwayClasses(String highway) {
        assertThat(access.isWalkableWay(tags("highway", highway))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"motorway", "motorway_link", "trunk", "trunk_link"})
    void motorwayAndTrunkAreNotWalkableByDefault(String highway) {
        assertThat(access.isWalkableWay(tags("highway", highway))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "designated", "permissive"})
    void motorwayAndTrunkAreWalkableWithFootOpen(String foot) {
        assertThat(access.isWalkableWay(tags("highway", "trunk", "foot", foot))).isTrue();
        assertThat(access.isWalkableWay(tags("highway", "motorway", "foot", foot))).isTrue();
    }

    @Test
    void accessYesDoesNotOpenAMotorway() {
        assertThat(access.isWalkableWay(tags("highway", "motorway", "access", "yes"))).isFalse();
    }

    @Test
    void cycleWayIsWalkableUnlessFootNo() {
        assertThat(access.isWalkableWay(tags("highway", "cycleway"))).isTrue();
        assertThat(access.isWalkableWay(tags("highway", "cycleway", "foot", "no"))).isFalse();
    }

    @Test
    void footNoClosesAnyWay() {
        assertThat(access.isWalkableWay(tags("highway", "residential", "foot", "no"))).isFalse();
    }

    @Test
    void accessNoClosesUnlessFootOpens() {
        assertThat(access.isWalkableWay(tags("highway", "service", "access", "no"))).isFalse();
        assertThat(access.isWalkableWay(tags("highway", "service", "access", "no", "foot", "yes"))).isTrue();
    }

    @Test
    void privateIsClosedByDefaultAndOpenWhenAllowed() {
        Map<String, String> privateService = tags("highway", "service", "access", "private");
        assertThat(access.isWalkableWay(privateService)).isFalse();
        assertThat(access.isWalkableWay(tags("highway", "footway", "foot", "private"))).isFalse();
        assertThat(PedestrianAccess.allowingPrivate().isWalkableWay(privateService)).isTrue();
    }

    @Test
    void footYesOpensAPrivateWay() {
        assertThat(access.isWalkableWay(tags("highway", "service", "access", "private", "foot", "yes"))).isTrue();
    }

    @Test
    void accessDestinationKeepsTheClassDefault() {
        assertThat(access.isWalkableWay(tags("highway", "residential", "access", "destination"))).isTrue();
    }

    @Test
    void pedestrianAreaIsWalkable() {
        assertThat(access.isWalkableWay(tags("highway", "pedestrian", "area", "yes"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"proposed", "construction", "abandoned"})
    void unbuiltWaysAreNotWalkableEvenWithFootYes(String highway) {
        assertThat(access.isWalkableWay(tags("highway", highway, "foot", "yes"))).isFalse();
    }

    @Test
    void wayWithoutHighwayIsNotWalkable() {
        assertThat(access.isWalkableWay(tags("building", "yes"))).isFalse();
        assertThat(access.isWalkableWay(tags("railway", "rail", "foot", "yes"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wall", "fence", "city_wall", "hedge", "retaining_wall"})
    void wallsAndFencesBlock(String barrier) {
        assertThat(access.isBlockingBarrier(tags("barrier", barrier))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gate", "bollard", "entrance", "lift_gate", "kissing_gate", "turnstile", "block"})
    void gatesBollardsAndEntrancesPass(String barrier) {
        assertThat(access.isBlockingBarrier(tags("barrier", barrier))).isFalse();
    }

    @Test
    void lockedGateBlocks() {
        assertThat(access.isBlockingBarrier(tags("barrier", "gate", "locked", "yes"))).isTrue();
    }

    @Test
    void gateWithFootNoBlocks() {
        assertThat(access.isBlockingBarrier(tags("barrier", "gate", "foot", "no"))).isTrue();
        assertThat(access.isBlockingBarrier(tags("barrier", "gate", "access", "no"))).isTrue();
    }

    @Test
    void privateGateBlocksUnlessPrivateAllowed() {
        assertThat(access.isBlockingBarrier(tags("barrier", "gate", "access", "private"))).isTrue();
        assertThat(PedestrianAccess.allowingPrivate().isBlockingBarrier(tags("barrier", "gate", "access", "private")))
                .isFalse();
    }

    @Test
    void fenceWithFootYesIsAGap() {
        assertThat(access.isBlockingBarrier(tags("barrier", "fence", "foot", "yes"))).isFalse();
    }

    @Test
    void unknownBarrierValuePasses() {
        assertThat(access.isBlockingBarrier(tags("barrier", "something_new"))).isFalse();
    }

    @Test
    void nodeWithoutBarrierNeverBlocks() {
        assertThat(access.isBlockingBarrier(tags("highway", "crossing", "access", "no"))).isFalse();
    }
}
