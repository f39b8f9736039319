package org.lifecircle.plan;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The maximal covering problem solved by OR-Tools CP-SAT within a time limit: a Boolean per
 * candidate (at most K true) and per element (true only when a chosen candidate covers it:
 * {@code or(candidates) if element}), maximising the elements' weights. Built, run once.
 *
 * <p>CP-SAT wants integer weights: each weight is rounded to a thousandth of a resident. The bound
 * it proves is turned back into one on the weights as given by adding what rounding down took off
 * every element, so it is a bound of the true objective (equal to the objective when the weights
 * are whole thousandths, as residents in tests are). The heuristic's choice is given as a hint.
 * Dominated candidates are fixed to 0 ({@link DominatedCandidates}). With one worker and the default
 * linearization CP-SAT did not prove the Chengdu instance of {@code SuggestJobTest} (1,147 generated
 * candidates, K = 8) within 10 s; with linearization level 2 (the whole LP relaxation in its search)
 * it proves it within the limit, so that is set. The native library is loaded on first use and a
 * failure to load it leaves {@link #run()} empty, so suggest falls back to the bounded heuristic.
 */
final class ExactCovering {

    /** Weights are solved in thousandths. */
    static final double SCALE = 1000;

    private final CoveringInstance instance;
    private final int count;
    private double timeLimitSeconds = 10;
    private int[] hint = new int[0];

    /** What CP-SAT found: the choice, its objective and a proven bound, and whether it proved it optimal. */
    record Outcome(int[] chosen, double objective, double bound, boolean optimal) {
    }

    ExactCovering(CoveringInstance instance, int count) {
        this.instance = instance;
        this.count = Math.min(count, instance.candidateCount());
    }

    ExactCovering timeLimitSeconds(double seconds) {
        this.timeLimitSeconds = seconds;
        return this;
    }

    ExactCovering hint(int[] chosen) {
        this.hint = chosen.clone();
        return this;
    }

    /** Empty when the native library cannot be loaded or no solution was found within the limit. */
    Optional<Outcome> run() {
        if (!NativeSolver.available()) {
            return Optional.empty();
        }
        CpModel model = new CpModel();
        boolean[] kept = DominatedCandidates.kept(instance);
        BoolVar[] chosen = new BoolVar[instance.candidateCount()];
        for (int c = 0; c < chosen.length; c++) {
            chosen[c] = model.newBoolVar("c" + c);
            if (!kept[c]) {
                model.addEquality(chosen[c], 0);
            }
        }
        model.addLessOrEqual(LinearExpr.sum(chosen), count);
        List<BoolVar> covered = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        double slack = addElements(model, chosen, covered, weights);
        model.maximize(LinearExpr.weightedSum(covered.toArray(new BoolVar[0]),
                weights.stream().mapToLong(Long::longValue).toArray()));
        boolean[] hinted = new boolean[chosen.length];
        for (int c : hint) {
            hinted[c] = true;
        }
        for (int c = 0; c < chosen.length; c++) {
            model.addHint(chosen[c], hinted[c] && kept[c] ? 1 : 0);
        }
        return solve(model, chosen, slack);
    }

    /** One Boolean per element some candidate covers; returns what rounding took off the weights. */
    private double addElements(CpModel model, BoolVar[] chosen, List<BoolVar> covered, List<Long> weights) {
        List<List<Literal>> coveringOf = new ArrayList<>();
        for (int e = 0; e < instance.elementCount(); e++) {
            coveringOf.add(new ArrayList<>());
        }
        for (int c = 0; c < chosen.length; c++) {
            for (int p = instance.firstPairOf(c), end = instance.endPairOf(c); p < end; p++) {
                coveringOf.get(instance.element(p)).add(chosen[c]);
            }
        }
        double slack = 0;
        for (int e = 0; e < instance.elementCount(); e++) {
            long scaled = (long) Math.floor(instance.weight(e) * SCALE);
            slack += instance.weight(e) - scaled / SCALE;
            if (coveringOf.get(e).isEmpty() || scaled == 0) {
                continue;
            }
            BoolVar y = model.newBoolVar("e" + e);
            model.addBoolOr(coveringOf.get(e).toArray(new Literal[0])).onlyEnforceIf(y);
            covered.add(y);
            weights.add(scaled);
        }
        return Math.max(0, slack);
    }

    private Optional<Outcome> solve(CpModel model, BoolVar[] chosen, double slack) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds).setNumWorkers(1).setRandomSeed(1)
                .setLinearizationLevel(2);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return Optional.empty();
        }
        List<Integer> picked = new ArrayList<>();
        for (int c = 0; c < chosen.length; c++) {
            if (solver.booleanValue(chosen[c])) {
                picked.add(c);
            }
        }
        int[] result = picked.stream().mapToInt(Integer::intValue).toArray();
        double objective = instance.value(result);
        boolean optimal = status == CpSolverStatus.OPTIMAL;
        double bound = Math.max(objective, solver.bestObjectiveBound() / SCALE + slack);
        return Optional.of(new Outcome(result, objective, optimal && slack == 0 ? objective : bound, optimal));
    }

    /** Loads OR-Tools' native library once; remembers a failure instead of failing every run. */
    static final class NativeSolver {
        private static Boolean loaded;
        private static String failure = "";

        private NativeSolver() {
        }

        static synchronized boolean available() {
            if (loaded == null) {
                try {
                    Loader.loadNativeLibraries();
                    loaded = true;
                } catch (RuntimeException | LinkageError e) {
                    loaded = false;
                    failure = String.valueOf(e.getMessage());
                }
            }
            return loaded;
        }

        static synchronized String failure() {
            return failure;
        }
    }
}
