package org.lifecircle.plan;

/**
 * A choice of sites, ranked: the first adds the most weight, each next one the most given those
 * before it (so the first K' of the ranking are what to build when only K' can be).
 *
 * @param ranked the chosen candidates, in rank order
 * @param added the weight each adds to those ranked before it
 * @param objective the weight the whole choice covers
 * @param bound a proven upper limit of every choice of as many candidates (at least the objective)
 * @param method how the choice was found
 * @param note why the exact solver did not run or did not finish, when it did not; else empty
 */
public record CoveringSolution(int[] ranked, double[] added, double objective, double bound, SolveMethod method,
                               String note) {

    public CoveringSolution {
        ranked = ranked.clone();
        added = added.clone();
        if (ranked.length != added.length) {
            throw new IllegalArgumentException(ranked.length + " candidates but " + added.length + " gains");
        }
    }

    @Override
    public int[] ranked() {
        return ranked.clone();
    }

    @Override
    public double[] added() {
        return added.clone();
    }

    /** (bound - objective) / bound: 0 when proven optimal (or nothing can be covered). */
    public double gap() {
        return bound > 0 ? Math.max(0, bound - objective) / bound : 0;
    }
}
