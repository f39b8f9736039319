package org.lifecircle.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.InvalidInputException;

class ServedDemandTest {

    private static ReachPairs reach(int facilities, int areas, double[]... facilityAreaMeters) {
        int[] f = new int[facilityAreaMeters.length];
        int[] a = new int[f.length];
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (int) facilityAreaMeters[i][0];
            a[i] = (int) facilityAreaMeters[i][1];
            d[i] = facilityAreaMeters[i][2];
        }
        return ReachPairs.of(facilities, areas, 1000, f, a, d);
    }

    /*
     *   area X (1) ---10 m--- F1 (1 place) ---100 m--- area Y (1)
     *        \
     *         ---500 m--- F2 (1 place)
     *
     *  Nearest first would seat X at F1 (10 m) and leave Y, who reaches only F1, without a place.
     *  Most residents first: Y at F1, X at F2: 2 served, 600 m = 6,000 dm.
     */
    @Test
    void mostResidentsComeBeforeTheShortestWalk() {
        ReachPairs reach = reach(2, 2, new double[] {0, 0, 10}, new double[] {0, 1, 100}, new double[] {1, 0, 500});
        ServedDemandResult result = new ServedDemand(reach, new int[] {1, 1}, new int[] {1, 1}).run();
        assertThat(result.totalServed()).isEqualTo(2);
        assertThat(result.totalCostDecimeters()).isEqualTo(6_000);
        assertThat(result.servedOfArea(0)).isEqualTo(1);
        assertThat(result.servedOfArea(1)).isEqualTo(1);
        assertThat(result.assignedOnPair(2)).as("X at F2").isEqualTo(1);
    }

    /*
     *   X -200- F1 -100- Y        X -300- F2 -500- Y        one place at each facility
     *
     *  Both ways serve 2: X at F1 and Y at F2 walk 200 + 500 = 700 m; X at F2 and Y at F1
     *  walk 300 + 100 = 400 m = 4,000 dm, the one chosen.
     */
    @Test
    void amongTheMostServedTheTotalWalkIsLeast() {
        ReachPairs reach = reach(2, 2, new double[] {0, 0, 200}, new double[] {0, 1, 100}, new double[] {1, 0, 300},
                new double[] {1, 1, 500});
        ServedDemandResult result = new ServedDemand(reach, new int[] {1, 1}, new int[] {1, 1}).run();
        assertThat(result.totalServed()).isEqualTo(2);
        assertThat(result.totalCostDecimeters()).isEqualTo(4_000);
        assertThat(result.servedAtFacility(0)).isEqualTo(1);
        assertThat(result.assignedOnPair(1)).as("Y at F1").isEqualTo(1);
    }

    /*
     *   X (5) -100- F1 (3 places)     F2 (no places) -50- X
     *
     *  3 of X's 5 get a place at F1 (300 m in all); a facility without places serves no one.
     */
    @Test
    void placesAreNeverExceededAndAFacilityWithoutPlacesServesNoOne() {
        ReachPairs reach = reach(2, 1, new double[] {0, 0, 100}, new double[] {1, 0, 50});
        ServedDemandResult result = new ServedDemand(reach, new int[] {5}, new int[] {3, 0}).run();
        assertThat(result.totalServed()).isEqualTo(3);
        assertThat(result.servedAtFacility(1)).isZero();
        assertThat(result.unservedOfArea(0)).isEqualTo(2);
        assertThat(result.totalCostDecimeters()).isEqualTo(3_000);
    }

    @Test
    void walksCountInWholeDecimetres() {
        assertThat(ServedDemand.costDecimeters(123.44)).isEqualTo(1234);
        assertThat(ServedDemand.costDecimeters(123.45)).isEqualTo(1235);
        assertThat(ServedDemand.costDecimeters(0)).isZero();
    }

    @Test
    void estimatedResidentsAreRoundedHalfUpAndUnknownCountsAsNone() {
        assertThat(ServedDemand.wholeResidents(new double[] {2.5, 2.49, 0, Double.NaN, 1e12}))
                .containsExactly(3, 2, 0, 0, Integer.MAX_VALUE);
        assertThatThrownBy(() -> ServedDemand.wholeResidents(new double[] {-1})).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("area 0");
        assertThatThrownBy(() -> new ServedDemand(reach(1, 1), new int[] {-3}, new int[] {1}))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void nothingToAssignServesNoOne() {
        ServedDemandResult result = new ServedDemand(reach(2, 3), new int[] {4, 0, 2}, new int[] {1, 1}).run();
        assertThat(result.totalServed()).isZero();
        assertThat(result.unservedOfArea(0)).isEqualTo(4);
    }

    /** Every integer assignment of small random instances tried: the same optimum, and a feasible assignment. */
    @Test
    void smallRandomInstancesReachTheBruteForceOptimum() {
        Random random = new Random(7);
        for (int round = 0; round < 600; round++) {
            Instance instance = Instance.random(random, 1 + random.nextInt(3), 1 + random.nextInt(3), 3, 0.6);
            ServedDemandResult result = new ServedDemand(instance.pairs, instance.residents, instance.places).run();
            long[] best = BruteForce.best(instance.pairs, instance.residents, instance.places);
            assertThat(new long[] {result.totalServed(), result.totalCostDecimeters()}).as("round %d", round)
                    .containsExactly(best);
            instance.assertFeasible(result);
        }
    }

    /** Larger random instances: the network simplex and an independent cost-scaling solver agree. */
    @Test
    void largerRandomInstancesAgreeWithCostScaling() {
        Random random = new Random(11);
        for (int round = 0; round < 25; round++) {
            Instance instance = Instance.random(random, 20 + random.nextInt(200), 5 + random.nextInt(40), 60, 0.15);
            ServedDemandResult result = new ServedDemand(instance.pairs, instance.residents, instance.places).run();
            long[] costs = new long[instance.pairs.size()];
            for (int i = 0; i < costs.length; i++) {
                costs[i] = ServedDemand.costDecimeters(instance.pairs.distanceMeters(i));
            }
            FlowNetwork net = new FlowNetwork(instance.pairs, instance.residents, instance.places, costs);
            long served = new MaxFlow(net).run();
            new CostScaling(net).run();
            long cost = 0;
            for (int i = 0; i < costs.length; i++) {
                cost += net.flowOnPair(i) * costs[i];
            }
            assertThat(result.totalServed()).as("round %d", round).isEqualTo(served);
            assertThat(result.totalCostDecimeters()).as("round %d", round).isEqualTo(cost);
            instance.assertFeasible(result);
        }
    }

    /**
     * The greedy starting flow changes where the simplex starts, never where it ends: on random
     * instances of every density (sparse ones fall apart into many components), started from the
     * greedy assignment and from no flow, the same residents served and the same total walk.
     */
    @Test
    void theGreedyStartReachesTheSameOptimumAsAStartFromNoFlow() {
        Random random = new Random(23);
        for (int round = 0; round < 200; round++) {
            double chance = round % 4 == 0 ? 0.02 : round % 4 == 1 ? 0.1 : 0.4;
            Instance instance = Instance.random(random, 5 + random.nextInt(120), 2 + random.nextInt(30), 80, chance);
            ServedDemandResult greedy = new ServedDemand(instance.pairs, instance.residents, instance.places).run();
            ServedDemandResult cold = new ServedDemand(instance.pairs, instance.residents, instance.places)
                    .startFromNoFlow().run();
            assertThat(greedy.totalServed()).as("round %d", round).isEqualTo(cold.totalServed());
            assertThat(greedy.totalCostDecimeters()).as("round %d", round).isEqualTo(cold.totalCostDecimeters());
            instance.assertFeasible(greedy);
        }
    }

    /*
     *   X (2) -100- F1 (1 place) -200- Y (2) -300- F2 (1 place) -400- X
     *
     *  Nearest first seats X at F1 (100 m) and Y at F2 (300 m): 2 served, 400 m, the optimum.
     *  A start of one resident on every pair would be a cycle of free arcs, no basis: refused.
     */
    @Test
    void aStartWhoseFreeArcsCloseACycleIsRefused() {
        ReachPairs reach = reach(2, 2, new double[] {0, 0, 100}, new double[] {0, 1, 200}, new double[] {1, 1, 300},
                new double[] {1, 0, 400});
        ServedDemandResult result = new ServedDemand(reach, new int[] {2, 2}, new int[] {1, 1}).run();
        assertThat(result.totalServed()).isEqualTo(2);
        assertThat(result.totalCostDecimeters()).isEqualTo(4_000);
        SimplexArcs cycle = new SimplexArcs(4);
        int[][] ends = {{0, 2}, {1, 2}, {1, 3}, {0, 3}};
        for (int[] end : ends) {
            cycle.addFlow(cycle.add(end[0], end[1], 2, 1), 1);
        }
        assertThatThrownBy(() -> SimplexForest.of(cycle, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cycle");
    }

    /** A random instance: each pair present with some chance, walks in whole metres up to 1 km. */
    private record Instance(ReachPairs pairs, int[] residents, int[] places) {

        static Instance random(Random random, int areas, int facilities, int maxPeople, double pairChance) {
            List<double[]> list = new ArrayList<>();
            for (int f = 0; f < facilities; f++) {
                for (int a = 0; a < areas; a++) {
                    if (random.nextDouble() < pairChance) {
                        list.add(new double[] {f, a, random.nextInt(1000) + (random.nextBoolean() ? 0.25 : 0)});
                    }
                }
            }
            int[] residents = new int[areas];
            int[] places = new int[facilities];
            for (int a = 0; a < areas; a++) {
                residents[a] = random.nextInt(maxPeople + 1);
            }
            for (int f = 0; f < facilities; f++) {
                places[f] = random.nextInt(maxPeople + 1);
            }
            return new Instance(reach(facilities, areas, list.toArray(new double[0][])), residents, places);
        }

        void assertFeasible(ServedDemandResult result) {
            int[] byArea = new int[residents.length];
            int[] byFacility = new int[places.length];
            long cost = 0;
            for (int i = 0; i < pairs.size(); i++) {
                assertThat(result.assignedOnPair(i)).isNotNegative();
                byArea[pairs.area(i)] += result.assignedOnPair(i);
                byFacility[pairs.facility(i)] += result.assignedOnPair(i);
                cost += result.assignedOnPair(i) * ServedDemand.costDecimeters(pairs.distanceMeters(i));
            }
            for (int a = 0; a < residents.length; a++) {
                assertThat(byArea[a]).isEqualTo(result.servedOfArea(a)).isLessThanOrEqualTo(residents[a]);
            }
            for (int f = 0; f < places.length; f++) {
                assertThat(byFacility[f]).isEqualTo(result.servedAtFacility(f)).isLessThanOrEqualTo(places[f]);
            }
            assertThat(cost).isEqualTo(result.totalCostDecimeters());
        }
    }
}
