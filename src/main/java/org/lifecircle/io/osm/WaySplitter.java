package org.lifecircle.io.osm;

import java.util.Arrays;
import org.lifecircle.network.WalkingGraphBuilder;

/**
 * Splits walkable ways into edges at junctions and hands them to the graph builder.
 *
 * <p>A node is a junction where two walkable ways meet, where a way meets itself, at the ends of
 * a way, and where a way is cut: at a blocking barrier, or at a reference to a node the file does
 * not contain (a way clipped by the extract). A blocking barrier becomes a separate dead end for
 * every edge that reaches it, so nothing passes through it.
 */
final class WaySplitter {

    private final WalkableWays ways;
    private final NodeCoordinates coordinates;
    private final LongIntMap blocking;
    private final WalkingGraphBuilder builder;
    private final LongIntMap uses = new LongIntMap(0);
    private final LongIntMap builderNode = new LongIntMap(-1);
    private double[] shape = new double[64];
    private int blockingBarriers;
    private int missingNodeRefs;

    WaySplitter(WalkableWays ways, NodeCoordinates coordinates, LongIntMap blocking, WalkingGraphBuilder builder) {
        this.ways = ways;
        this.coordinates = coordinates;
        this.blocking = blocking;
        this.builder = builder;
    }

    void splitAll() {
        for (int w = 0; w < ways.wayCount(); w++) {
            for (int i = 0; i < ways.refCount(w); i++) {
                if (coordinates.slotOf(ways.ref(w, i)) >= 0) {
                    uses.increment(ways.ref(w, i));
                }
            }
        }
        for (int w = 0; w < ways.wayCount(); w++) {
            int wayIndex = builder.addWay(ways.osmId(w), ways.highway(w));
            splitWay(w, wayIndex);
        }
    }

    private void splitWay(int way, int wayIndex) {
        int start = -1;
        int shapeLength = 0;
        int last = ways.refCount(way) - 1;
        for (int i = 0; i <= last; i++) {
            long ref = ways.ref(way, i);
            if (coordinates.slotOf(ref) < 0) {
                missingNodeRefs++;
                start = -1;
                continue;
            }
            boolean runEnd = i == last || coordinates.slotOf(ways.ref(way, i + 1)) < 0;
            if (start < 0) {
                start = nodeFor(ref);
                shapeLength = 0;
            } else if (runEnd || uses.get(ref) > 1 || blocking.get(ref) != 0) {
                builder.addEdge(start, nodeFor(ref), wayIndex, Arrays.copyOf(shape, shapeLength));
                start = blocking.get(ref) != 0 ? cutAt(ref, runEnd) : nodeFor(ref);
                shapeLength = 0;
            } else {
                shapeLength = appendShape(ref, shapeLength);
            }
        }
    }

    /** A fresh node on the far side of a blocking barrier, so that the two sides never connect. */
    private int cutAt(long ref, boolean runEnd) {
        if (!runEnd) {
            blockingBarriers++;
        }
        return nodeFor(ref);
    }

    private int appendShape(long ref, int shapeLength) {
        if (shapeLength + 2 > shape.length) {
            shape = Arrays.copyOf(shape, shape.length * 2);
        }
        int slot = coordinates.slotOf(ref);
        shape[shapeLength] = coordinates.lon(slot);
        shape[shapeLength + 1] = coordinates.lat(slot);
        return shapeLength + 2;
    }

    /** The builder node of an OSM node; a blocking barrier gets a new node at every use. */
    private int nodeFor(long ref) {
        int existing = builderNode.get(ref);
        if (existing >= 0) {
            return existing;
        }
        int slot = coordinates.slotOf(ref);
        int node = builder.addNode(ref, coordinates.lon(slot), coordinates.lat(slot));
        if (blocking.get(ref) == 0) {
            builderNode.put(ref, node);
        }
        return node;
    }

    int blockingBarrierCount() {
        return blockingBarriers;
    }

    int missingNodeRefCount() {
        return missingNodeRefs;
    }
}
