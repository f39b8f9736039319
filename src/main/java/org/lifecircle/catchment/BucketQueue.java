package org.lifecircle.catchment;

import java.util.Arrays;

/**
 * The priority queue of the bounded search: distances in [0, limit] fall into narrow buckets
 * (linked lists in int arrays); the bucket being settled is drained into a small binary heap
 * keyed by the exact double distance.
 *
 * <p>Why this design won: a pure bucket (Dial) queue needs integer keys, and rounding every edge
 * to millimetres makes a 100-edge path differ from the exact sum by up to 5 cm, which fails the
 * comparison with pgRouting at 0.01 m. A global binary heap is exact but pays log n per
 * operation on a million-node sweep. Narrow buckets keep each heap to a few dozen entries while
 * the order inside a bucket stays exact, so the result is identical to textbook Dijkstra.
 * Entries are never updated in place: a node whose distance drops is inserted again and the
 * stale entry is skipped because the node is settled by then.
 *
 * <p>A bitmap marks the buckets that hold entries, so polling jumps over empty buckets a word
 * of 64 at a time, and {@link #clear()} only resets the bitmap: a bucket's list head is trusted
 * only while its bit is set. One queue therefore serves many short sweeps (one per group of
 * sources, see MultiSourceSearch) without walking all 65,536 buckets each time.
 */
final class BucketQueue {

    private static final int BUCKETS = 1 << 16;
    private static final int NONE = -1;

    private final double bucketWidthMeters;
    private final int[] bucketHead = new int[BUCKETS + 1];
    /** Bit b set when bucket b holds entries; bucket BUCKETS (at the limit) included. */
    private final long[] occupied = new long[(BUCKETS >>> 6) + 1];
    /** Bucket list entries as (node, next entry) pairs side by side: one memory access per entry. */
    private int[] entries = new int[1 << 13];
    private int entryCount;
    /**
     * Entries of drained buckets, linked through their next fields, taken before new ones: the
     * entries in use stay about as many as the queued nodes, a few hundred kilobytes that stay in
     * the cache, where appending only would stream through tens of megabytes in a city sweep.
     */
    private int freeEntry = NONE;
    /** The bucket being drained; -1 before the first poll, so that seeds go into the lists. */
    private int currentBucket = -1;
    private double[] heapKey = new double[64];
    private int[] heapNode = new int[64];
    private int heapSize;
    private double lastKey;

    BucketQueue(double limitMeters) {
        this.bucketWidthMeters = Math.max(limitMeters / BUCKETS, 1e-6);
    }

    /** Empties the queue for another sweep with the same limit. */
    void clear() {
        Arrays.fill(occupied, 0L);
        entryCount = 0;
        freeEntry = NONE;
        currentBucket = -1;
        heapSize = 0;
    }

    /** Adds a node at a distance not below the distance of the last node polled. */
    void add(int node, double distanceMeters) {
        int bucket = bucketOf(distanceMeters);
        if (bucket <= currentBucket) {
            heapPush(distanceMeters, node);
            return;
        }
        int entry = newEntry();
        long bit = 1L << bucket;
        int word = bucket >>> 6;
        entries[2 * entry] = node;
        entries[2 * entry + 1] = (occupied[word] & bit) != 0 ? bucketHead[bucket] : NONE;
        occupied[word] |= bit;
        bucketHead[bucket] = entry;
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

    /**
     * The node with the smallest distance, or -1 when empty. May return a node more than once
     * (once per insertion): callers skip it when {@link #lastKey()} is above its current distance.
     *
     * @param labels the search's labels; {@code labels[2 * node]} is the node's current distance
     */
    int poll(double[] labels) {
        while (heapSize == 0) {
            currentBucket = nextOccupiedBucket(currentBucket + 1);
            if (currentBucket == NONE) {
                currentBucket = BUCKETS + 1; // later adds go to the heap, which stays empty
                return NONE;
            }
            drainIntoHeap(currentBucket, labels);
        }
        return heapPop();
    }

    /** Moves the bucket's live entries into the heap and its list onto the free list. */
    private void drainIntoHeap(int bucket, double[] labels) {
        int last = NONE;
        for (int e = bucketHead[bucket]; e != NONE; e = entries[2 * e + 1]) {
            int node = entries[2 * e];
            double distance = labels[2 * node];
            if (bucketOf(distance) == bucket) {
                heapPush(distance, node);
            }
            last = e;
        }
        entries[2 * last + 1] = freeEntry;
        freeEntry = bucketHead[bucket];
    }

    /** The first bucket from {@code bucket} on that holds entries, or -1. */
    private int nextOccupiedBucket(int bucket) {
        if (bucket > BUCKETS) {
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

    /** The distance the last polled node was queued with. */
    double lastKey() {
        return lastKey;
    }

    private int bucketOf(double distanceMeters) {
        return Math.min(BUCKETS, (int) (distanceMeters / bucketWidthMeters));
    }

    private void heapPush(double key, int node) {
        if (heapSize == heapKey.length) {
            heapKey = Arrays.copyOf(heapKey, heapSize * 2);
            heapNode = Arrays.copyOf(heapNode, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapKey[parent] <= key) {
                break;
            }
            heapKey[i] = heapKey[parent];
            heapNode[i] = heapNode[parent];
            i = parent;
        }
        heapKey[i] = key;
        heapNode[i] = node;
    }

    private int heapPop() {
        int top = heapNode[0];
        lastKey = heapKey[0];
        double key = heapKey[--heapSize];
        int node = heapNode[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= key) {
                break;
            }
            heapKey[i] = heapKey[child];
            heapNode[i] = heapNode[child];
            i = child;
        }
        heapKey[i] = key;
        heapNode[i] = node;
        return top;
    }
}
