package org.lifecircle.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every solver path against brute force (all subsets of at most K candidates).
 *
 * <p>The drawn instance: areas a..g in a row with their residents; candidates A..D cover the
 * areas under their bar.
 * <pre>
 *   area       a   b   c   d   e   f   g
 *   residents  5   5   5   1   5   5   5
 *   A         [=========]
 *   B                 [=========]
 *   C                     [=============]
 *   D                         [=========]
 * </pre>
 * Worked by hand: A = {a,b,c} 15, B = {c,d,e} 11, C = {d,e,f,g} 16, D = {e,f,g} 15. K = 1: C (16)
 * beats A and D (15). K = 2: A + C = 31, all of a..g; ranked C first (16), then A (15).
 */
class MaximalCoveringTest {

    private static final double[] RESIDENTS = {5, 5, 5, 1, 5, 5, 5};
    private static final int[][] COVERS = {{0, 1, 2}, {2, 3, 4}, {3, 4, 5, 6}, {4, 5, 6}};

    @Test
    void drawnInstanceHasTheHandWorkedOptimum() {
        CoveringInstance instance = CoveringInstance.of(RESIDENTS, COVERS);
        CoveringSolution one = new MaximalCovering(instance, 1).run();
        assertArrayEquals(new int[] {2}, one.ranked());
        assertEquals(16, one.objective());
        CoveringSolution two = new MaximalCovering(instance, 2).run();
        assertArrayEquals(new int[] {2, 0}, two.ranked());
        assertArrayEquals(new double[] {16, 15}, two.added());
        assertEquals(31, two.objective());
        assertEquals(0, two.gap());
    }

    /**
     * Greedy's trap: X covers the middle of two pairs, each pair member covers its own half plus a
     * bit of X's. Greedy takes X (12) and then 4 more = 16; the optimum Y + Z covers 20.
     * <pre>
     *   area       p   q   r   s
     *   residents  4   6   6   4
     *   X             [=====]
     *   Y         [=====]
     *   Z                 [=====]
     * </pre>
     * (Y = {p,q} 10, Z = {r,s} 10, X = {q,r} 12.)
     */
    @Test
    void interchangeOrExactGetsPastGreedysTrap() {
        CoveringInstance instance = CoveringInstance.of(new double[] {4, 6, 6, 4}, new int[][] {{1, 2}, {0, 1}, {2, 3}});
        assertEquals(16, instance.value(new GreedySwap(instance, 2).maxPasses(0).run()));
        CoveringSolution solved = new MaximalCovering(instance, 2).run();
        assertEquals(20, solved.objective());
        assertArrayEquals(new int[] {1, 2}, sorted(solved.ranked()));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomInstancesEqualBruteForceOnEveryPath(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CoveringInstance instance = random(random, 6 + random.nextInt(8), 8 + random.nextInt(20));
        int k = 1 + random.nextInt(4);
        double optimum = BruteForce.optimum(instance, k);
        CoveringSolution exact = new MaximalCovering(instance, k).run();
        assertEquals(optimum, exact.objective(), 1e-9, "seed " + seed);
        assertEquals(0, exact.gap(), 1e-12, "seed " + seed + " proven optimal");
        CoveringSolution heuristic = new MaximalCovering(instance, k).exactCandidateLimit(0).run();
        assertTrue(heuristic.bound() >= optimum - 1e-9, "seed " + seed + ": the bound holds");
        assertTrue(heuristic.objective() <= optimum + 1e-9);
        assertTrue(heuristic.objective() >= (1 - heuristic.gap()) * optimum - 1e-9, "seed " + seed + ": within its gap");
        ExactCovering.Outcome cp = new ExactCovering(instance, k).run().orElseThrow();
        assertEquals(optimum, cp.objective(), 1e-9, "seed " + seed + " CP-SAT alone");
        assertTrue(cp.optimal());
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35})
    void lagrangianBoundHoldsAndRankingAddsUp(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CoveringInstance instance = random(random, 12, 30);
        double optimum = BruteForce.optimum(instance, 3);
        assertTrue(new LagrangianBound(instance, 3, 0).run() >= optimum - 1e-9);
        CoveringSolution solved = new MaximalCovering(instance, 3).run();
        assertEquals(solved.objective(), Arrays.stream(solved.added()).sum(), 1e-9);
        for (int r = 1; r < solved.added().length; r++) {
            assertTrue(solved.added()[r] <= solved.added()[r - 1] + 1e-9);
        }
    }

    /** Areas with whole residents 0..40, each candidate covering 1..5 areas near its own position. */
    static CoveringInstance random(SplittableRandom random, int candidates, int areas) {
        double[] weights = new double[areas];
        for (int e = 0; e < areas; e++) {
            weights[e] = random.nextInt(41);
        }
        int[][] covers = new int[candidates][];
        for (int c = 0; c < candidates; c++) {
            int centre = random.nextInt(areas);
            int size = 1 + random.nextInt(5);
            covers[c] = new int[size];
            for (int i = 0; i < size; i++) {
                covers[c][i] = Math.floorMod(centre + random.nextInt(7) - 3, areas);
            }
        }
        return CoveringInstance.of(weights, covers);
    }

    private static int[] sorted(int[] values) {
        int[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
