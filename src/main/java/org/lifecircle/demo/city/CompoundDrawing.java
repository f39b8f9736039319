package org.lifecircle.demo.city;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a gated compound into its {@link CellLayout}: the path grid, the ring path, the gates with
 * their footways out to the streets, the wall through the gates, and a dead-end path.
 */
final class CompoundDrawing {

    /** A point on one side of the ring path: its coordinate along the side and its node. */
    private record SidePoint(double along, int node) {
    }

    private final CellLayout layout;
    private final CellLayout.GateState[] states;
    private final SplittableRandom random;
    private final double lo;
    private final double hi;
    private final double[] lineX;
    private final double[] lineY;
    private final List<List<SidePoint>> sides = new ArrayList<>();
    private final int[] gateNodes = {-1, -1, -1, -1};

    /** @param random chooses gate positions; null puts every gate in the middle of its side */
    CompoundDrawing(CellLayout layout, CellLayout.GateState[] states, SplittableRandom random) {
        this.layout = layout;
        this.states = states;
        this.random = random;
        this.lo = CellLayout.RING_INSET_METERS;
        this.hi = layout.span - CellLayout.RING_INSET_METERS;
        this.lineX = lines(layout.kx);
        this.lineY = lines(layout.ky);
        for (int side = 0; side < 4; side++) {
            sides.add(new ArrayList<>());
        }
    }

    private double[] lines(int count) {
        double[] lines = new double[count];
        for (int i = 0; i < count; i++) {
            lines[i] = lo + (hi - lo) * (i + 1) / (count + 1);
        }
        return lines;
    }

    /** Draws everything; returns the crossing nearest the centre. */
    int draw() {
        int[][] crossings = grid();
        ring();
        for (int side = 0; side < 4; side++) {
            if (states[side] != CellLayout.GateState.NONE) {
                gate(side);
            }
        }
        closeRing();
        wall();
        int end = layout.addNode(lineX[0] - 6, lineY[0] - 6);
        layout.addWay(new int[] {crossings[0][0], end}, "highway", "footway", "noexit", "yes");
        return crossings[layout.kx / 2][layout.ky / 2];
    }

    private int[][] grid() {
        int[][] crossings = new int[layout.kx][layout.ky];
        for (int i = 0; i < layout.kx; i++) {
            for (int j = 0; j < layout.ky; j++) {
                crossings[i][j] = layout.addNode(lineX[i], lineY[j]);
            }
        }
        int[] south = sideNodes(CellLayout.SOUTH, lineX, true, lo);
        int[] north = sideNodes(CellLayout.NORTH, lineX, true, hi);
        int[] west = sideNodes(CellLayout.WEST, lineY, false, lo);
        int[] east = sideNodes(CellLayout.EAST, lineY, false, hi);
        for (int i = 0; i < layout.kx; i++) {
            int[] refs = new int[layout.ky + 2];
            refs[0] = south[i];
            for (int j = 0; j < layout.ky; j++) {
                refs[j + 1] = crossings[i][j];
            }
            refs[layout.ky + 1] = north[i];
            layout.addWay(refs, pathTags(i, layout.kx));
        }
        for (int j = 0; j < layout.ky; j++) {
            int[] refs = new int[layout.kx + 2];
            refs[0] = west[j];
            for (int i = 0; i < layout.kx; i++) {
                refs[i + 1] = crossings[i][j];
            }
            refs[layout.kx + 1] = east[j];
            layout.addWay(refs, pathTags(j, layout.ky));
        }
        return crossings;
    }

    /** The middle path each way is the compound's service road (cars to the car park); the others are footways. */
    private static String[] pathTags(int index, int count) {
        return index == count / 2 ? new String[] {"highway", "service", "service", "driveway"}
                : new String[] {"highway", "footway"};
    }

    private int[] sideNodes(int side, double[] positions, boolean horizontal, double fixed) {
        int[] nodes = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            nodes[i] = horizontal ? layout.addNode(positions[i], fixed) : layout.addNode(fixed, positions[i]);
            sides.get(side).add(new SidePoint(positions[i], nodes[i]));
        }
        return nodes;
    }

    private int[] corners;

    private void ring() {
        corners = new int[] {layout.addNode(lo, lo), layout.addNode(hi, lo), layout.addNode(hi, hi),
            layout.addNode(lo, hi)};
    }

    private void gate(int side) {
        boolean horizontal = side == CellLayout.SOUTH || side == CellLayout.NORTH;
        double[] lines = horizontal ? lineX : lineY;
        int gap = random == null ? lines.length / 2 : random.nextInt(lines.length + 1);
        double from = gap == 0 ? lo : lines[gap - 1];
        double to = gap == lines.length ? hi : lines[gap];
        double p = (from + to) / 2;
        double wall = side == CellLayout.SOUTH || side == CellLayout.WEST ? CellLayout.WALL_INSET_METERS
                : layout.span - CellLayout.WALL_INSET_METERS;
        double ringAt = side == CellLayout.SOUTH || side == CellLayout.WEST ? lo : hi;
        double street = side == CellLayout.SOUTH || side == CellLayout.WEST ? 0 : layout.span;
        double shifted = p + (side == CellLayout.SOUTH || side == CellLayout.WEST ? 1 : -1)
                * CellLayout.STREET_POINT_SHIFT_METERS;
        int ringNode = horizontal ? layout.addNode(p, ringAt) : layout.addNode(ringAt, p);
        sides.get(side).add(new SidePoint(p, ringNode));
        String[] tags = gateTags(states[side], CellLayout.SIDE_NAMES[side]);
        gateNodes[side] = horizontal ? layout.addNode(p, wall, tags) : layout.addNode(wall, p, tags);
        int streetNode = horizontal ? layout.addNode(shifted, street) : layout.addNode(street, shifted);
        layout.street(side, shifted, streetNode);
        layout.addWay(new int[] {streetNode, gateNodes[side], ringNode}, "highway", "footway");
    }

    private static String[] gateTags(CellLayout.GateState state, String name) {
        return switch (state) {
            case OPEN -> new String[] {"barrier", "gate", "entrance", "main", "gate:name", name};
            case PRIVATE -> new String[] {"access", "private", "barrier", "gate", "gate:name", name};
            case LOCKED -> new String[] {"barrier", "gate", "gate:name", name, "locked", "yes"};
            case NONE -> throw new IllegalArgumentException("no gate");
        };
    }

    /** The ring path counter-clockwise, starting (and ending) at the first path end on its south side. */
    private void closeRing() {
        List<Integer> ring = new ArrayList<>();
        for (int side = 0; side < 4; side++) {
            ring.add(corners[side]);
            List<SidePoint> points = sides.get(side);
            Comparator<SidePoint> order = Comparator.comparingDouble(SidePoint::along);
            points.sort(side == CellLayout.NORTH || side == CellLayout.WEST ? order.reversed() : order);
            points.forEach(point -> ring.add(point.node()));
        }
        int start = ring.indexOf(sides.get(CellLayout.SOUTH).get(0).node());
        int[] refs = new int[ring.size() + 1];
        for (int i = 0; i <= ring.size(); i++) {
            refs[i] = ring.get((start + i) % ring.size());
        }
        layout.addWay(refs, "highway", "footway", "footway", "ring");
    }

    private void wall() {
        double w = CellLayout.WALL_INSET_METERS;
        double e = layout.span - w;
        int[] wallCorners = {layout.addNode(w, w), layout.addNode(e, w), layout.addNode(e, e), layout.addNode(w, e)};
        List<Integer> refs = new ArrayList<>();
        for (int side = 0; side < 4; side++) {
            refs.add(wallCorners[side]);
            if (gateNodes[side] >= 0) {
                refs.add(gateNodes[side]);
            }
        }
        refs.add(wallCorners[0]);
        layout.wallWay = layout.ways.size();
        layout.addWay(refs.stream().mapToInt(Integer::intValue).toArray(), "barrier", "wall");
    }
}
