package org.lifecircle.network;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.lifecircle.geo.LocalPlane;
import org.lifecircle.geo.LonLatBounds;

/**
 * A uniform grid over the graph's extent, in metres on a local plane, listing for each cell the
 * edges whose polyline bounding boxes touch it. Cell size adapts so that a cell holds a few edges.
 */
public final class EdgeIndex {

    private static final int MAX_CELLS = 1 << 22;

    private final LonLatBounds bounds;
    private final LocalPlane plane;
    private final double minEast;
    private final double minNorth;
    private final double cellMeters;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] cellEdges;

    EdgeIndex(WalkingGraph graph) {
        double[] box = lonLatBounds(graph);
        this.bounds = new LonLatBounds(box[0], box[1], box[2], box[3]);
        this.plane = new LocalPlane((box[1] + box[3]) / 2);
        this.minEast = plane.eastMeters(box[0]);
        this.minNorth = plane.northMeters(box[1]);
        double width = Math.max(1, plane.eastMeters(box[2]) - minEast);
        double height = Math.max(1, plane.northMeters(box[3]) - minNorth);
        double cell = Math.max(25, Math.sqrt(width * height / Math.max(1, graph.edgeCount() / 2.0)));
        cell = Math.max(cell, Math.sqrt(width * height / MAX_CELLS));
        this.cellMeters = cell;
        this.columns = (int) (width / cell) + 1;
        this.rows = (int) (height / cell) + 1;
        this.cellStart = new int[columns * rows + 1];
        int[] lastEdgeInCell = new int[columns * rows];
        Arrays.fill(lastEdgeInCell, -1);
        forEachEdgeCell(graph, lastEdgeInCell, cellIndex -> cellStart[cellIndex + 1]++);
        for (int c = 0; c < columns * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        this.cellEdges = new int[cellStart[columns * rows]];
        int[] cursor = Arrays.copyOf(cellStart, columns * rows);
        Arrays.fill(lastEdgeInCell, -1);
        int[] current = new int[1];
        for (int e = 0; e < graph.edgeCount(); e++) {
            current[0] = e;
            forEdgeCells(graph, e, lastEdgeInCell, cellIndex -> cellEdges[cursor[cellIndex]++] = current[0]);
        }
    }

    private static double[] lonLatBounds(WalkingGraph graph) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int e = 0; e < graph.edgeCount(); e++) {
            double[] lonLat = graph.edgeLonLat(e);
            for (int i = 0; i < lonLat.length; i += 2) {
                box[0] = Math.min(box[0], lonLat[i]);
                box[1] = Math.min(box[1], lonLat[i + 1]);
                box[2] = Math.max(box[2], lonLat[i]);
                box[3] = Math.max(box[3], lonLat[i + 1]);
            }
        }
        return box;
    }

    private void forEachEdgeCell(WalkingGraph graph, int[] lastEdgeInCell, IntConsumer cellAction) {
        for (int e = 0; e < graph.edgeCount(); e++) {
            forEdgeCells(graph, e, lastEdgeInCell, cellAction);
        }
    }

    /** Calls the action once per cell touched by a segment's box of the edge. */
    private void forEdgeCells(WalkingGraph graph, int edge, int[] lastEdgeInCell, IntConsumer cellAction) {
        double[] lonLat = graph.edgeLonLat(edge);
        for (int i = 0; i + 3 < lonLat.length; i += 2) {
            int c0 = column(lonLat[i]), c1 = column(lonLat[i + 2]);
            int r0 = row(lonLat[i + 1]), r1 = row(lonLat[i + 3]);
            for (int r = Math.min(r0, r1); r <= Math.max(r0, r1); r++) {
                for (int c = Math.min(c0, c1); c <= Math.max(c0, c1); c++) {
                    int cell = r * columns + c;
                    if (lastEdgeInCell[cell] != edge) {
                        lastEdgeInCell[cell] = edge;
                        cellAction.accept(cell);
                    }
                }
            }
        }
    }

    /** The extent of every edge's geometry. */
    public LonLatBounds bounds() {
        return bounds;
    }

    LocalPlane plane() {
        return plane;
    }

    double cellMeters() {
        return cellMeters;
    }

    int column(double lon) {
        return clamp((int) Math.floor((plane.eastMeters(lon) - minEast) / cellMeters), columns);
    }

    int row(double lat) {
        return clamp((int) Math.floor((plane.northMeters(lat) - minNorth) / cellMeters), rows);
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }

    /** Edges listed in the cells of ring {@code ring} (Chebyshev distance) around a cell; may repeat. */
    void forEachEdgeInRing(int column, int row, int ring, IntConsumer edgeAction) {
        for (int r = row - ring; r <= row + ring; r++) {
            if (r < 0 || r >= rows) {
                continue;
            }
            boolean edgeRow = r == row - ring || r == row + ring;
            int step = edgeRow || ring == 0 ? 1 : 2 * ring;
            for (int c = column - ring; c <= column + ring; c += step) {
                if (c >= 0 && c < columns) {
                    int cell = r * columns + c;
                    for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                        edgeAction.accept(cellEdges[k]);
                    }
                }
            }
        }
    }

    /** Calls the action once for every edge listed in a cell the box touches (a superset of those crossing it). */
    public void forEachEdgeNear(LonLatBounds box, IntConsumer edgeAction) {
        java.util.BitSet seen = new java.util.BitSet();
        for (int r = row(box.minLat()); r <= row(box.maxLat()); r++) {
            for (int c = column(box.minLon()); c <= column(box.maxLon()); c++) {
                int cell = r * columns + c;
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    if (!seen.get(cellEdges[k])) {
                        seen.set(cellEdges[k]);
                        edgeAction.accept(cellEdges[k]);
                    }
                }
            }
        }
    }

    /** Rings needed to cover every cell within the distance of any point in the centre cell. */
    int ringsFor(double meters) {
        return (int) Math.ceil(meters / cellMeters);
    }

    long memoryBytes() {
        return 4L * (cellStart.length + cellEdges.length);
    }
}
