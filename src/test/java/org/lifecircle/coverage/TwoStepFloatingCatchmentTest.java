package org.lifecircle.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.network.Snap;
import org.lifecircle.network.TestNetwork;

class TwoStepFloatingCatchmentTest {

    /*
     *   A ----200---- B ----200---- C ----200---- D
     *   F1            X             F2            F3, Y
 *     W (50 m from A)
     *
     *  F1 (40 places) at A, F2 (25 places) at C, F3 (no capacity known) at D.
     *  W: 100 residents 50 m from A; X: 300 residents at B; Y: 200 residents at D.
     *  Within 300 m: F1-W 50, F1-X 200; F2-X 200, F2-Y 200; F3-Y 0 (F3-X is 400 m: out).
     */
    private static final TestNetwork.Built LINE = new TestNetwork()
            .node("A", 0, 0).node("B", 200, 0).node("C", 400, 0).node("D", 600, 0)
            .edge("A", "B").edge("B", "C").edge("C", "D")
            .build();

    private static ReachPairs lineReach() {
        List<Optional<Snap>> facilities = List.of(Optional.of(atNode("A")), Optional.of(atNode("C")),
                Optional.of(atNode("D")));
        AreaAccess areas = AreaAccess.ofSnaps(List.of(List.of(FacilityReachTest.pointOn(LINE, "A", "B", 50, 0)),
                List.of(atNode("B")), List.of(atNode("D"))), 300);
        return new FacilityReach(LINE.graph(), facilities, areas).maxWalkMeters(300).run();
    }

    private static Snap atNode(String name) {
        return Snap.atNode(LINE.graph(), LINE.node(name));
    }

    private static final double[] SUPPLY = {40, 25, Double.NaN};
    private static final double[] RESIDENTS = {100, 300, 200};

    @Test
    void stepWeightsGiveTheClassicRatiosAndAccess() {
        Accessibility result = new TwoStepFloatingCatchment(lineReach(), SUPPLY, RESIDENTS).run();
        // R1 = 40 / (100 + 300) = 0.1; R2 = 25 / (300 + 200) = 0.05; F3's capacity is unknown.
        assertThat(result.ratio(0)).isCloseTo(0.1, within(1e-12));
        assertThat(result.ratio(1)).isCloseTo(0.05, within(1e-12));
        assertThat(result.ratio(2)).isNaN();
        assertThat(result.weightedDemand(2)).isEqualTo(200);
        // W: 1000 x 0.1 = 100; X: 1000 x (0.1 + 0.05) = 150; Y: 1000 x 0.05 = 50 (nothing from F3).
        assertThat(result.accessPer1000(0)).isCloseTo(100, within(1e-9));
        assertThat(result.accessPer1000(1)).isCloseTo(150, within(1e-9));
        assertThat(result.accessPer1000(2)).isCloseTo(50, within(1e-9));
    }

    @Test
    void linearDecayWeighsNearResidentsMore() {
        Accessibility result = new TwoStepFloatingCatchment(lineReach(), SUPPLY, RESIDENTS)
                .decay(DistanceDecay.LINEAR).run();
        // w(50) = 1 - 50/300 = 5/6, w(200) = 1/3, w(0) = 1.
        // R1 = 40 / (100 x 5/6 + 300 x 1/3) = 40 / 183.33 = 0.21818; R2 = 25 / (300/3 + 200/3) = 0.15.
        assertThat(result.ratio(0)).isCloseTo(0.21818, within(1e-4));
        assertThat(result.ratio(1)).isCloseTo(0.15, within(1e-4));
        // W: 1000 x 5/6 x 0.21818 = 181.82; X: 1000 x (0.21818 + 0.15) / 3 = 122.73; Y: 1000 x 0.15 / 3 = 50.
        assertThat(result.accessPer1000(0)).isCloseTo(181.82, within(0.05));
        assertThat(result.accessPer1000(1)).isCloseTo(122.73, within(0.05));
        assertThat(result.accessPer1000(2)).isCloseTo(50, within(0.05));
    }

    @Test
    void gaussianWeightsAreOneAtTheDoorAndZeroAtTheLimit() {
        assertThat(DistanceDecay.GAUSSIAN.weight(0, 300)).isEqualTo(1);
        // (e^(-1/8) - e^(-1/2)) / (1 - e^(-1/2)) = (0.882497 - 0.606531) / 0.393469 = 0.70137
        assertThat(DistanceDecay.GAUSSIAN.weight(150, 300)).isCloseTo(0.70137, within(1e-5));
        assertThat(DistanceDecay.GAUSSIAN.weight(300, 300)).isCloseTo(0, within(1e-12));
        assertThat(DistanceDecay.STEP.weight(300.0001, 300)).isZero();
        assertThat(DistanceDecay.LINEAR.weight(75, 300)).isEqualTo(0.75);
    }

    @Test
    void aFacilityWithNobodyInItsCatchmentHasNoRatioAndGivesNothing() {
        // Residents only at Y: F1 reaches W and X, both empty now.
        Accessibility result = new TwoStepFloatingCatchment(lineReach(), SUPPLY, new double[] {0, 0, 200}).run();
        assertThat(result.ratio(0)).isNaN();
        assertThat(result.ratio(1)).isCloseTo(25.0 / 200, within(1e-12));
        assertThat(result.accessPer1000(0)).isZero();
        assertThat(result.accessPer1000(1)).isCloseTo(125, within(1e-9));
    }

    @Test
    void withStepWeightsEveryPlaceOfAFacilityWithARatioIsHandedOut() {
        Random random = new Random(3);
        for (int round = 0; round < 10; round++) {
            RandomInstance instance = RandomInstance.of(random);
            ReachPairs reach = new FacilityReach(instance.graph(), instance.facilities(), instance.areas())
                    .maxWalkMeters(400).run();
            double[] supply = new double[reach.facilityCount()];
            double[] residents = new double[reach.areaCount()];
            for (int f = 0; f < supply.length; f++) {
                supply[f] = random.nextInt(100);
            }
            for (int a = 0; a < residents.length; a++) {
                residents[a] = random.nextInt(1000);
            }
            Accessibility result = new TwoStepFloatingCatchment(reach, supply, residents).run();
            double handedOut = 0;
            double placesWithRatio = 0;
            for (int a = 0; a < residents.length; a++) {
                handedOut += result.accessPer1000(a) * residents[a] / 1000;
            }
            for (int f = 0; f < supply.length; f++) {
                placesWithRatio += Double.isNaN(result.ratio(f)) ? 0 : supply[f];
            }
            assertThat(handedOut).as("round %d", round).isCloseTo(placesWithRatio, within(1e-6 * (1 + placesWithRatio)));
        }
    }

    @Test
    void negativeOrUnknownDemandIsRefused() {
        assertThatThrownBy(() -> new TwoStepFloatingCatchment(lineReach(), SUPPLY, new double[] {1, Double.NaN, 1}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("demand of area 1");
        assertThatThrownBy(() -> new TwoStepFloatingCatchment(lineReach(), new double[] {-1, 0, 0}, RESIDENTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("supply of facility 0");
    }
}
