package org.lifecircle.plan;

/** How a choice of sites was found, as summary.json names it. */
public enum SolveMethod {
    /** OR-Tools CP-SAT proved the choice optimal. */
    EXACT("exact"),
    /** CP-SAT stopped at its time limit: its best choice, with the better of its bound and the Lagrangian one. */
    EXACT_TIME_LIMIT("exact-time-limit"),
    /** Greedy then 1-opt interchange, with the Lagrangian (LP) bound. */
    GREEDY_SWAP("greedy-swap");

    private final String id;

    SolveMethod(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
