package org.lifecircle.catchment;

import java.util.Arrays;

/**
 * The queue of the bounded search: distances in [0, limit] fall into narrow buckets (linked lists
 * in int arrays; 65,536 of them, more for limits over 32 km so that a bucket stays within half a
 * metre), settled one bucket at a time in increasing order; inside a bucket, in any order.
 *
 * <p>Why this design won: a pure bucket (Dial) queue needs integer keys, and rounding every edge
 * to millimetres makes a 100-edge path differ from the exact sum by up to 5 cm, which fails the
 * comparison with pgRouting at 0.01 m. A global binary heap is exact but pays log n per
 * operation on a million-node sweep. Here the distances stay exact doubles and only the order
 * is coarse: a node taken from the current bucket relaxes its edges into later buckets, unless
 * an edge is shorter than a bucket (1.5 cm at a 1 km limit); such a neighbour lands in the
 * current bucket again and is settled (again, if it was already) before the bucket is left. So
 * every label that drops is relaxed again and the final labels are exactly Dijkstra's: the
 * least fixed point of label(v) = min over edges of label(u) + length, with the same double
 * sums in path order. An earlier version kept a binary heap per bucket for Dijkstra's exact
 * order; dropping it saved a third of the time on Heidelberg, because the nodes of a bucket no
 * longer wait for each other in the heap and their memory reads overlap.
 *
 * <p>Entries are never updated in place: a node whose distance drops is inserted again, and the
 * stale entry is recognised by its node's label no longer falling into the entry's bucket. A
 * bitmap marks the buckets that hold entries, so finding the next one jumps over empty buckets a
 * word of 64 at a time, and {@link #clear()} only resets the bitmap: a bucket's list head is
 * trusted only while its bit is set. One queue therefore serves many short sweeps (one per group
 * of sources, see MultiSourceSearch) without walking all buckets each time.
 */
final class BucketQueue {

    private static final int MIN_BUCKETS = 1 << 16;
    private static final int MAX_BUCKETS = 1 << 22;
    /**
     * Widest bucket below {@link #MAX_BUCKETS}: inside a bucket nodes are settled in any order, so
     * edges shorter than a bucket can settle a node several times. At 1 km a bucket is 1.5 cm and
     * that never matters; a 10,000 km "no limit" search with 65,536 buckets of 150 m settled nodes
     * 18 times over on a 10 m grid.
     */
    private static final double MAX_BUCKET_METERS = 0.5;
    private static final int NONE = -1;

    private final int buckets;
    private final double bucketsPerMeter;
    private final int[] bucketHead;
    /** Bit b set when bucket b holds entries; bucket {@link #buckets} (at the limit) included. */
    private final long[] occupied;
    /** Bucket list entries as (node, next entry) pairs side by side: one memory access per entry. */
    private int[] entries = new int[1 << 13];
    private int entryCount;
    /**
     * Entries already taken, linked through their next fields and reused before new ones: the
     * entries in use stay about as many as the queued nodes, a few hundred kilobytes that stay in
     * the cache, where appending only would stream through tens of megabytes in a city sweep.
     */
    private int freeEntry = NONE;
    /** The bucket being settled; -1 before the first, so that seeds go into the lists. */
    private int currentBucket = NONE;
    /** What is left of the current bucket's list, entries added to it while settling included. */
    private int currentHead = NONE;

    BucketQueue(double limitMeters) {
        this.buckets = (int) Math.min(MAX_BUCKETS, Math.max(MIN_BUCKETS, Math.ceil(limitMeters / MAX_BUCKET_METERS)));
        this.bucketsPerMeter = buckets / Math.max(limitMeters, buckets * 1e-6);
        this.bucketHead = new int[buckets + 1];
        this.occupied = new long[(buckets >>> 6) + 1];
    }

    /** Empties the queue for another sweep with the same limit. */
    void clear() {
        Arrays.fill(occupied, 0L);
        entryCount = 0;
        freeEntry = NONE;
        currentBucket = NONE;
        currentHead = NONE;
    }

    /** Adds a node at a distance not below the distance of the node being settled. */
    void add(int node, double distanceMeters) {
        int bucket = bucketOf(distanceMeters);
        int entry = newEntry();
        entries[2 * entry] = node;
        if (bucket <= currentBucket) {
            entries[2 * entry + 1] = currentHead;
            currentHead = entry;
            return;
        }
        long bit = 1L << bucket;
        int word = bucket >>> 6;
        entries[2 * entry + 1] = (occupied[word] & bit) != 0 ? bucketHead[bucket] : NONE;
        occupied[word] |= bit;
        bucketHead[bucket] = entry;
    }

    /** Moves on to the next bucket that holds entries; false when none is left. */
    boolean nextBucket() {
        int bucket = nextOccupiedBucket(currentBucket + 1);
        if (bucket == NONE) {
            currentBucket = buckets + 1; // anything added later would be taken at once
            return false;
        }
        currentBucket = bucket;
        currentHead = bucketHead[bucket];
        return true;
    }

    /**
     * The next node to settle in the current bucket, or -1 when the bucket is done. A node comes
     * back once more if its distance dropped within the bucket since.
     *
     * @param labels the search's labels; {@code labels[2 * node]} is the node's current distance
     */
    int takeFromBucket(double[] labels) {
        while (currentHead != NONE) {
            int entry = currentHead;
            int node = entries[2 * entry];
            currentHead = entries[2 * entry + 1];
            entries[2 * entry + 1] = freeEntry;
            freeEntry = entry;
            if (bucketOf(labels[2 * node]) == currentBucket) {
                return node;
            }
        }
        return NONE;
    }

    private int newEntry() {
        if (freeEntry != NONE) {
            int entry = freeEntry;
            freeEntry = entries[2 * entry + 1];
            return entry;
        }
        if (2 * entryCount == entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
        return entryCount++;
    }

    private int bucketOf(double distanceMeters) {
        return (int) Math.min(buckets, distanceMeters * bucketsPerMeter);
    }

    /** The first bucket from {@code bucket} on that holds entries, or -1. */
    private int nextOccupiedBucket(int bucket) {
        if (bucket > buckets) {
            return NONE;
        }
        int word = bucket >>> 6;
        long bits = occupied[word] & (-1L << bucket);
        while (bits == 0) {
            if (++word == occupied.length) {
                return NONE;
            }
            bits = occupied[word];
        }
        return (word << 6) + Long.numberOfTrailingZeros(bits);
    }
}
