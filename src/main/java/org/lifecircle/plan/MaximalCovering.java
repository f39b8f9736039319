package org.lifecircle.plan;

import java.util.Optional;

/**
 * At most K sites that together cover the most weight ({@link CoveringInstance}), with a proven
 * bound. Built, configured, run once:
 * {@code new MaximalCovering(instance, 20).exactCandidateLimit(2000).run()}.
 *
 * <p>First greedy with interchange ({@link GreedySwap}) and the Lagrangian bound
 * ({@link LagrangianBound}); when the bound proves the choice optimal that is the answer. Else, on
 * an instance of at most {@link #exactCandidateLimit(int)} candidates, CP-SAT ({@link ExactCovering})
 * starts from that choice and runs within the time limit: proven optimal, or its best with the
 * better bound. Larger instances keep the heuristic's choice and report its gap. Why not always
 * exact: CP-SAT's time grows with the pairs and is not predictable, while the heuristic with its
 * bound takes a few passes over the pairs (bench/results/suggest.md).
 */
public final class MaximalCovering {

    private final CoveringInstance instance;
    private final int count;
    private int exactCandidateLimit = 2000;
    private double timeLimitSeconds = 10;

    public MaximalCovering(CoveringInstance instance, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        this.instance = instance;
        this.count = Math.min(count, instance.candidateCount());
    }

    /** Run the exact solver on instances of at most this many candidates (default 2,000; 0: never). */
    public MaximalCovering exactCandidateLimit(int candidates) {
        this.exactCandidateLimit = candidates;
        return this;
    }

    /** The exact solver's time limit (default 10 s). */
    public MaximalCovering timeLimitSeconds(double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("time limit must be positive, got " + seconds);
        }
        this.timeLimitSeconds = seconds;
        return this;
    }

    public CoveringSolution run() {
        return solve(false);
    }

    /**
     * CP-SAT whatever the size and whether or not the heuristic's bound already proves its choice
     * (tests compare the two); the heuristic's choice is the hint.
     */
    public CoveringSolution runExact() {
        return solve(true);
    }

    private CoveringSolution solve(boolean exactAlways) {
        int[] heuristic = new GreedySwap(instance, count).run();
        double value = instance.value(heuristic);
        double bound = new LagrangianBound(instance, count, value).run();
        if (!exactAlways && bound - value <= 1e-9 * Math.max(1, bound)) {
            return ranked(heuristic, bound, SolveMethod.GREEDY_SWAP, "");
        }
        if (!exactAlways && instance.candidateCount() > exactCandidateLimit) {
            return ranked(heuristic, bound, SolveMethod.GREEDY_SWAP,
                    "more than " + exactCandidateLimit + " candidates: the exact solver did not run");
        }
        return exact(heuristic, value, bound);
    }

    private CoveringSolution exact(int[] heuristic, double value, double bound) {
        Optional<ExactCovering.Outcome> exact = new ExactCovering(instance, count).timeLimitSeconds(timeLimitSeconds)
                .hint(heuristic).run();
        if (exact.isEmpty()) {
            String why = ExactCovering.NativeSolver.available() ? "the exact solver found no solution in time"
                    : "OR-Tools could not be loaded (" + ExactCovering.NativeSolver.failure() + ")";
            return ranked(heuristic, bound, SolveMethod.GREEDY_SWAP, why);
        }
        ExactCovering.Outcome found = exact.get();
        int[] best = found.objective() >= value ? found.chosen() : heuristic;
        double proven = Math.max(instance.value(best), Math.min(bound, found.bound()));
        return found.optimal() ? ranked(best, proven, SolveMethod.EXACT, "")
                : ranked(best, proven, SolveMethod.EXACT_TIME_LIMIT,
                        "the exact solver stopped at its limit of " + timeLimitSeconds + " s");
    }

    /** Orders the choice greedily: each next site the one adding the most to those before it. */
    private CoveringSolution ranked(int[] chosen, double bound, SolveMethod method, String note) {
        boolean[] covered = new boolean[instance.elementCount()];
        boolean[] used = new boolean[chosen.length];
        int[] order = new int[chosen.length];
        double[] added = new double[chosen.length];
        for (int r = 0; r < chosen.length; r++) {
            int bestIndex = -1;
            double bestGain = -1;
            for (int i = 0; i < chosen.length; i++) {
                double gain = used[i] ? -1 : gain(chosen[i], covered);
                if (!used[i] && (gain > bestGain || gain == bestGain && chosen[i] < chosen[bestIndex])) {
                    bestIndex = i;
                    bestGain = gain;
                }
            }
            used[bestIndex] = true;
            order[r] = chosen[bestIndex];
            added[r] = bestGain;
            for (int p = instance.firstPairOf(order[r]); p < instance.endPairOf(order[r]); p++) {
                covered[instance.element(p)] = true;
            }
        }
        return new CoveringSolution(order, added, instance.value(chosen), Math.max(bound, instance.value(chosen)),
                method, note);
    }

    private double gain(int candidate, boolean[] covered) {
        double gain = 0;
        for (int p = instance.firstPairOf(candidate), end = instance.endPairOf(candidate); p < end; p++) {
            gain += covered[instance.element(p)] ? 0 : instance.weight(instance.element(p));
        }
        return gain;
    }
}
