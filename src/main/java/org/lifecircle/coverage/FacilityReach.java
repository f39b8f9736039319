package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.network.Snap;
import org.lifecircle.network.WalkingGraph;

/**
 * Which areas each facility reaches within a walking limit, and how far: every (facility, area)
 * pair with distance at most {@link #maxWalkMeters(double)}, as {@link ReachPairs}. Built,
 * configured, run once.
 *
 * <p>A multi-source search keeps only the nearest facility per node; supply and demand need
 * every facility's own reach, so this runs one bounded single-source search per facility on a
 * reusable workspace (labels reset sparsely; see {@link ReachWorkspace}), then looks up the
 * access points attached to the nodes it settled. The distance of a pair is what
 * {@code CoverageAnalysis} measures with one {@code MultiSourceSearch} seeded with that facility
 * alone ({@code countSnapDistance(true)}): the facility's snap distance, the network path, and the
 * best access point's partial length and snap distance, an access point on the facility's own
 * edge measured directly along it. The same doubles, added in the same order.
 *
 * <p>Facilities may run on several threads ({@link #threads(int)}); each thread takes a
 * contiguous block of facilities with its own workspace and the blocks are joined in facility
 * order, so the pairs never depend on the thread count.
 */
public final class FacilityReach {

    private static final int BLOCKS_PER_THREAD = 4;

    private final WalkingGraph graph;
    private final List<Optional<Snap>> facilities;
    private final AreaAccess areas;
    private double maxWalkMeters = 1000;
    private int threads = 1;

    /**
     * @param facilities each facility's snap, by facility index; empty for a facility that did not
     *                   snap (it reaches nothing and gets no pairs)
     * @param areas every area's access points, by area index
     */
    public FacilityReach(WalkingGraph graph, List<Optional<Snap>> facilities, AreaAccess areas) {
        this.graph = graph;
        this.facilities = List.copyOf(facilities);
        this.areas = areas;
    }

    public FacilityReach maxWalkMeters(double meters) {
        if (!(meters >= 0) || Double.isInfinite(meters)) {
            throw new InvalidInputException("maximum walk distance must be a finite number of metres >= 0, got " + meters);
        }
        this.maxWalkMeters = meters;
        return this;
    }

    /** Threads to search on (default 1); the pairs are the same for any count. */
    public FacilityReach threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + count);
        }
        this.threads = count;
        return this;
    }

    public ReachPairs run() {
        AccessIndex index = new AccessIndex(graph, areas);
        PairBuffer pairs = threads == 1 ? reachAll(index) : reachInParallel(index);
        return pairs.toPairs(facilities.size(), areas.areaCount(), maxWalkMeters);
    }

    private void reachBlock(ReachWorkspace workspace, int first, int end, PairBuffer out) {
        for (int f = first; f < end; f++) {
            Optional<Snap> snap = facilities.get(f);
            if (snap.isPresent()) {
                workspace.reach(f, snap.get(), out);
            }
        }
    }

    private ReachWorkspace workspace(AccessIndex index) {
        return new ReachWorkspace(graph, index, areas.areaCount(), maxWalkMeters);
    }

    private PairBuffer reachAll(AccessIndex index) {
        PairBuffer out = new PairBuffer();
        reachBlock(workspace(index), 0, facilities.size(), out);
        return out;
    }

    /**
     * Each thread has one workspace (two arrays of the graph's size: 34 MB on a 2-million-node
     * graph) and takes the next block of facilities until none is left; blocks are joined in order.
     */
    private PairBuffer reachInParallel(AccessIndex index) {
        int blocks = threads * BLOCKS_PER_THREAD;
        PairBuffer[] parts = new PairBuffer[blocks];
        AtomicInteger nextBlock = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    ReachWorkspace workspace = workspace(index);
                    for (int b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
                        parts[b] = new PairBuffer();
                        reachBlock(workspace, blockStart(b, blocks), blockStart(b + 1, blocks), parts[b]);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while searching", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a facility search failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        PairBuffer all = new PairBuffer();
        for (PairBuffer part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private int blockStart(int block, int blocks) {
        return (int) ((long) block * facilities.size() / blocks);
    }
}
