package org.lifecircle.catchment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the reached pieces of one catchment as segments of the {@link PlanarNetwork}: whole
 * segments, parts of segments (merged when several edges run along the same segment), cut where
 * a source sits so that its walk to the network meets the segment at a node, and those walks.
 */
final class PieceCollector {

    private final PlanarNetwork network;
    private final IntList wholeSegments = new IntList(1024);
    /** Parts of segments as [from, to] fractions from the segment's lower vertex, pairs side by side. */
    private final Map<Integer, DoubleList> segmentParts = new HashMap<>();
    /** Fractions where a segment must be cut (a source's position). */
    private final Map<Integer, DoubleList> segmentCuts = new HashMap<>();
    /** Walks to the network as x1, y1, x2, y2. */
    private final List<double[]> walks = new ArrayList<>();

    PieceCollector(PlanarNetwork network) {
        this.network = network;
    }

    /** Adds the part [start, end] (graph metres from the from-node) of an edge. */
    void addPart(int edge, double startMeters, double endMeters) {
        double from = network.toAlong(edge, startMeters);
        double to = network.toAlong(edge, endMeters);
        for (int k = network.entryStart(edge); k < network.entryEnd(edge); k++) {
            double a = network.along(edge, k);
            double b = network.alongEnd(edge, k);
            if (a >= to) {
                break;
            }
            if (b <= from) {
                continue;
            }
            int segment = network.segment(k);
            if (a >= from && b <= to) {
                wholeSegments.add(segment);
                continue;
            }
            double start = (Math.max(a, from) - a) / (b - a);
            double end = (Math.min(b, to) - a) / (b - a);
            DoubleList parts = segmentParts.computeIfAbsent(segment, s -> new DoubleList(4));
            parts.add(network.forward(k) ? start : 1 - end);
            parts.add(network.forward(k) ? end : 1 - start);
        }
    }

    /** Adds the parts of an edge given as [start, end] pairs. */
    void addParts(int edge, List<double[]> parts) {
        for (double[] part : parts) {
            addPart(edge, part[0], part[1]);
        }
    }

    /** Adds the straight walk from a source's facility to its projection, and cuts the segment there. */
    void addWalkToNetwork(CatchmentSource source) {
        if (source.snap().snapDistanceMeters() <= 0) {
            return;
        }
        int edge = source.snap().edge();
        double at = network.toAlong(edge, source.snap().offsetMeters());
        int entry = network.entryStart(edge);
        if (entry == network.entryEnd(edge)) {
            return;    // the edge is shorter than the grid: nothing was drawn
        }
        while (entry + 1 < network.entryEnd(edge) && network.alongEnd(edge, entry) < at) {
            entry++;
        }
        double a = network.along(edge, entry);
        double b = network.alongEnd(edge, entry);
        double t = Math.max(0, Math.min(1, (at - a) / (b - a)));
        double fraction = network.forward(entry) ? t : 1 - t;
        int segment = network.segment(entry);
        segmentCuts.computeIfAbsent(segment, s -> new DoubleList(2)).add(fraction);
        double[] onNetwork = new double[2];
        double[] facility = new double[2];
        network.pointOn(segment, fraction, onNetwork);
        network.project(source.lon(), source.lat(), facility);
        walks.add(new double[] {onNetwork[0], onNetwork[1], facility[0], facility[1]});
    }

    /** The collected pieces as a planar graph. */
    PieceGraph pieces() {
        PieceGraph pieces = new PieceGraph();
        int[] whole = wholeSegments.toArray();
        Arrays.sort(whole);
        double[] all = {0, 1};
        for (int i = 0; i < whole.length; i++) {
            if (i == 0 || whole[i] != whole[i - 1]) {
                addCut(pieces, whole[i], all);
            }
        }
        segmentParts.forEach((segment, parts) -> {
            if (Arrays.binarySearch(whole, segment) < 0) {
                addCut(pieces, segment, mergedParts(parts));
            }
        });
        for (double[] walk : walks) {
            pieces.addSegment(walk[0], walk[1], walk[2], walk[3]);
        }
        return pieces;
    }

    /** Adds the parts [from, to] (fractions, pairs side by side) of a segment, cut where sources sit. */
    private void addCut(PieceGraph pieces, int segment, double[] parts) {
        DoubleList cutList = segmentCuts.get(segment);
        double[] cuts = cutList == null ? new double[0] : cutList.toArray();
        Arrays.sort(cuts);
        double[] point = new double[2];
        for (int i = 0; i < parts.length; i += 2) {
            network.pointOn(segment, parts[i], point);
            pieces.startPiece(point[0], point[1]);
            for (double cut : cuts) {
                if (cut > parts[i] && cut < parts[i + 1]) {
                    network.pointOn(segment, cut, point);
                    pieces.lineTo(point[0], point[1]);
                    pieces.endPiece();
                    pieces.startPiece(point[0], point[1]);
                }
            }
            network.pointOn(segment, parts[i + 1], point);
            pieces.lineTo(point[0], point[1]);
            pieces.endPiece();
        }
    }

    /** The union of [from, to] parts, sorted, as pairs side by side. */
    private static double[] mergedParts(DoubleList parts) {
        double[][] intervals = new double[parts.size() / 2][];
        for (int i = 0; i < intervals.length; i++) {
            intervals[i] = new double[] {parts.get(2 * i), parts.get(2 * i + 1)};
        }
        List<double[]> merged = EdgeIntervals.union(new ArrayList<>(Arrays.asList(intervals)));
        double[] flat = new double[2 * merged.size()];
        for (int i = 0; i < merged.size(); i++) {
            flat[2 * i] = merged.get(i)[0];
            flat[2 * i + 1] = merged.get(i)[1];
        }
        return flat;
    }
}
