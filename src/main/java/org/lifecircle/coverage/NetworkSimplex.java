package org.lifecircle.coverage;

/**
 * Primal network simplex for a least-cost circulation: a spanning tree of basic arcs rooted at an
 * artificial node, entering arcs by block search (the most negative reduced cost in the next block
 * of {@link #BLOCK_DIVISOR} times fewer than sqrt(m) arcs), the leaving arc chosen so that the tree stays strongly feasible (the last
 * blocking arc met going round the cycle from its apex), which keeps degenerate pivots from
 * cycling. Integer flows and costs: the result is an exact optimum. It starts from the flow
 * already on the arcs (the artificial start when there is none), so a good feasible flow saves
 * most pivots ({@link ServedDemand} gives it the greedy assignment).
 *
 * <p>The tree is kept as parent pointers with child lists; a pivot reverses the parents on the
 * path from the entering arc to the leaving arc and walks the moved subtree once to shift its
 * potentials and depths.
 */
final class NetworkSimplex {

    private static final byte TREE = 0;
    private static final byte LOWER = 1;
    private static final byte UPPER = -1;
    private static final int UP = 1;
    private static final int DOWN = -1;
    /**
     * Blocks of sqrt(m) / 16 arcs (at least 10). Measured on 30,000 areas and 5,000 facilities at
     * 1,000 m (422,000 pairs): blocks of sqrt(m) = 675 arcs spent 2.7 s, most of it pricing (414
     * million reduced costs for 471,000 pivots); sqrt(m) / 3: 1.5 s; / 10: 1.0 s; / 20: 0.97 s;
     * / 50: 1.0 s (more pivots). At 500 m (104,000 pairs): 0.78, 0.33, 0.45 s for 1, 1/10, 1/20.
     * Measured again with the greedy start (510,829 pairs at 1,000 m, thread CPU time, load 12 on
     * 2 shared cores): / 4: 133,476 pivots, 1.3-1.5 s; / 8: 146,830, 0.95-0.99 s; / 16: 170,310,
     * 0.87-1.0 s; / 32: 208,539, 0.99-1.19 s; / 64: 235,753, 0.94 s. 16 stays.
     */
    static final int BLOCK_DIVISOR = 16;
    /** Capacity of the artificial arcs: never binding. */
    private static final long UNBOUNDED = Long.MAX_VALUE / 4;

    private final SimplexArcs arcs;
    private final int nodes;
    private final int root;
    private final int arcCount;
    private final int blockSize;
    private final int[] parent;
    private final int[] pred;
    private final int[] dir;
    private final int[] depth;
    private final long[] pi;
    private final SimplexTree children;
    private final int[] stack;
    private int nextArc;
    private long pivots;

    /**
     * @param arcs the real arcs, with a feasible starting flow (all zero, or e.g. a greedy
     *        assignment) whose free arcs form a forest ({@link SimplexForest}); one artificial arc
     *        from each node to the root is added here
     */
    NetworkSimplex(SimplexArcs arcs, int nodes) {
        this.nodes = nodes;
        this.root = nodes;
        this.arcs = arcs;
        this.arcCount = arcs.size() + nodes;
        this.blockSize = Math.max(10, (int) Math.ceil(Math.sqrt(arcCount) / BLOCK_DIVISOR));
        this.parent = new int[nodes + 1];
        this.pred = new int[nodes + 1];
        this.dir = new int[nodes + 1];
        this.depth = new int[nodes + 1];
        this.pi = new long[nodes + 1];
        this.children = new SimplexTree(nodes + 1);
        this.stack = new int[nodes + 1];
        parent[root] = -1;
        startingTree();
    }

    /**
     * The starting basis: arcs at 0 or at their capacity leave it at that bound, the free arcs
     * are basic, and each tree of that forest hangs from the root by the artificial arc of its
     * first node (flow 0, pointing to the root: the tree is strongly feasible). With no flow, every
     * node hangs from the root alone.
     *
     * <p>Measured and left out: the greedy start at 1,000 m (510,829 pairs) leaves 25,914 such
     * trees (an area that fits whole into its facility is at a bound, not free). Joining them
     * through arcs at a bound where strong feasibility allows (an empty arc pointing up, a full
     * one pointing down), so that they share potentials, took 155,454 pivots instead of 170,310
     * and no less CPU time (0.84-1.02 s against 0.77-0.85 s, load 13-15): not worth the code.
     */
    private void startingTree() {
        for (int e = 0; e < arcs.size(); e++) {
            arcs.setState(e, SimplexForest.isFree(arcs, e) ? TREE : arcs.flow(e) == 0 ? LOWER : UPPER);
        }
        SimplexForest forest = SimplexForest.of(arcs, nodes);
        boolean[] placed = new boolean[nodes];
        for (int v = 0; v < nodes; v++) {
            int artificial = arcs.addArtificial(v, root, UNBOUNDED);
            if (placed[v]) {
                arcs.setState(artificial, LOWER);
                continue;
            }
            hang(v, root, artificial, UP);
            placed[v] = true;
            hangTree(v, forest, placed);
        }
    }

    /** Depth first through the forest from {@code top}: parents, arcs to them and potentials. */
    private void hangTree(int top, SimplexForest forest, boolean[] placed) {
        int size = 0;
        stack[size++] = top;
        while (size > 0) {
            int v = stack[--size];
            for (int k = forest.first(v); k < forest.end(v); k++) {
                int e = forest.arc(k);
                int w = arcs.source(e) == v ? arcs.target(e) : arcs.source(e);
                if (!placed[w]) {
                    placed[w] = true;
                    hang(w, v, e, arcs.source(e) == w ? UP : DOWN);
                    stack[size++] = w;
                }
            }
        }
    }

    /** Node w joins the tree under p by arc e (UP: e points from w to p), its reduced cost 0. */
    private void hang(int w, int p, int e, int direction) {
        parent[w] = p;
        pred[w] = e;
        dir[w] = direction;
        depth[w] = depth[p] + 1;
        pi[w] = direction == UP ? pi[p] - arcs.cost(e) : pi[p] + arcs.cost(e);
        children.attach(w, p);
    }

    /** Pivots until no arc has a negative reduced cost; returns the number of pivots. */
    long run() {
        for (int in = enteringArc(); in >= 0; in = enteringArc()) {
            pivot(in);
            pivots++;
        }
        for (int v = 0; v < nodes; v++) {
            if (arcs.flow(arcs.size() + v) != 0) {
                throw new IllegalStateException("artificial arc of node " + v + " keeps flow: the circulation is infeasible");
            }
        }
        return pivots;
    }

    private long reducedCost(int e) {
        return arcs.cost(e) + pi[arcs.source(e)] - pi[arcs.target(e)];
    }

    /** Block search from where the last one stopped; -1 when the flow is optimal. */
    private int enteringArc() {
        long min = 0;
        int best = -1;
        int count = blockSize;
        for (int k = 0; k < arcCount; k++) {
            int e = nextArc;
            nextArc = nextArc + 1 == arcCount ? 0 : nextArc + 1;
            long c = arcs.state(e) * reducedCost(e);
            if (c < min) {
                min = c;
                best = e;
            }
            if (--count == 0) {
                if (best >= 0) {
                    return best;
                }
                count = blockSize;
            }
        }
        return best;
    }

    private void pivot(int in) {
        boolean lower = arcs.state(in) == LOWER;
        int first = lower ? arcs.source(in) : arcs.target(in);
        int second = lower ? arcs.target(in) : arcs.source(in);
        int join = join(first, second);
        long delta = arcs.capacity(in);
        int leavingNode = -1;
        int side = 0;
        for (int u = first; u != join; u = parent[u]) {
            long d = dir[u] == DOWN ? arcs.capacity(pred[u]) - arcs.flow(pred[u]) : arcs.flow(pred[u]);
            if (d < delta) {
                delta = d;
                leavingNode = u;
                side = 1;
            }
        }
        for (int u = second; u != join; u = parent[u]) {
            long d = dir[u] == UP ? arcs.capacity(pred[u]) - arcs.flow(pred[u]) : arcs.flow(pred[u]);
            if (d <= delta) {
                delta = d;
                leavingNode = u;
                side = 2;
            }
        }
        if (delta > 0) {
            changeFlow(in, lower ? delta : -delta, join);
        }
        if (side == 0) {
            arcs.setState(in, (byte) -arcs.state(in));
        } else if (side == 1) {
            updateTree(in, first, second, leavingNode);
        } else {
            updateTree(in, second, first, leavingNode);
        }
    }

    private int join(int u, int v) {
        while (depth[u] > depth[v]) {
            u = parent[u];
        }
        while (depth[v] > depth[u]) {
            v = parent[v];
        }
        while (u != v) {
            u = parent[u];
            v = parent[v];
        }
        return u;
    }

    /** Sends {@code value} along the entering arc (negative: against it) and round the tree cycle. */
    private void changeFlow(int in, long value, int join) {
        arcs.addFlow(in, value);
        for (int u = arcs.source(in); u != join; u = parent[u]) {
            arcs.addFlow(pred[u], -dir[u] * value);
        }
        for (int u = arcs.target(in); u != join; u = parent[u]) {
            arcs.addFlow(pred[u], dir[u] * value);
        }
    }

    /**
     * The leaving arc joins {@code leavingNode} to its parent; the subtree holding {@code uIn} is
     * hung from {@code vIn} by the entering arc instead, the parents on the path from uIn to
     * leavingNode reversed, then its potentials shifted so that the entering arc costs 0 reduced.
     */
    private void updateTree(int in, int uIn, int vIn, int leavingNode) {
        int leaving = pred[leavingNode];
        arcs.setState(leaving, arcs.flow(leaving) == 0 ? LOWER : UPPER);
        long shift = arcs.source(in) == uIn ? -reducedCost(in) : reducedCost(in);
        int w = uIn;
        int newParent = vIn;
        int newPred = in;
        int newDir = arcs.source(in) == uIn ? UP : DOWN;
        while (true) {
            int oldParent = parent[w];
            int oldPred = pred[w];
            int oldDir = dir[w];
            children.detach(w, oldParent);
            children.attach(w, newParent);
            parent[w] = newParent;
            pred[w] = newPred;
            dir[w] = newDir;
            if (w == leavingNode) {
                break;
            }
            newParent = w;
            newPred = oldPred;
            newDir = -oldDir;
            w = oldParent;
        }
        arcs.setState(in, TREE);
        shiftSubtree(uIn, shift);
    }

    private void shiftSubtree(int top, long shift) {
        int size = 0;
        stack[size++] = top;
        while (size > 0) {
            int v = stack[--size];
            pi[v] += shift;
            depth[v] = depth[parent[v]] + 1;
            for (int c = children.first(v); c >= 0; c = children.next(c)) {
                stack[size++] = c;
            }
        }
    }
}
