package org.lifecircle.demo.city;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What one cell holds, drawn from its own random stream: OSM nodes (plan metres, local indexes in
 * id order), ways over those indexes, and the points where its paths join the streets around it.
 * Built per cell when needed and dropped again (a few hundred numbers).
 *
 * <p>A gated compound (or a 3 x 3 cell estate): a wall 15 m inside the street centre lines, a ring
 * path 8 m inside the wall, 3 to 6 paths each way across it (one of them a service road), a dead end,
 * and 1 to 4 gates, each a node on the wall with a footway from the street through the gate to the
 * ring; some gates are locked or private, never all. An open neighbourhood: two living streets
 * crossing at its centre and two cul-de-sacs. A park: a park polygon and two footway fragments that
 * join nothing (the walking graph drops them as components of under 50 nodes).
 */
final class CellLayout {

    static final double WALL_INSET_METERS = 15;
    static final double RING_INSET_METERS = 23;
    /** Street points sit 2 m beside their gate, so that gates facing each other across a street never share a point. */
    static final double STREET_POINT_SHIFT_METERS = 2;
    static final int SOUTH = 0;
    static final int EAST = 1;
    static final int NORTH = 2;
    static final int WEST = 3;
    static final String[] SIDE_NAMES = {"南门", "东门", "北门", "西门"};

    enum GateState { NONE, OPEN, PRIVATE, LOCKED }

    /** Where a path of the cell meets a street: the side, the position along the street's line (plan metres), the local node. */
    record StreetPoint(int side, double alongMeters, int node) {
    }

    /** A way over local node indexes. */
    record LocalWay(int[] nodes, String[] tags) {
    }

    final CityPlan.Kind kind;
    final double x0;
    final double y0;
    final double span;
    final int kx;
    final int ky;
    final List<StreetPoint> streetPoints = new ArrayList<>(4);
    final List<LocalWay> ways = new ArrayList<>();
    private final DoubleList xs = new DoubleList();
    private final DoubleList ys = new DoubleList();
    private final List<String[]> nodeTags = new ArrayList<>();
    private int centreNode = -1;
    /** The index in {@link #ways} of the compound's wall (also its outline), or -1. */
    int wallWay = -1;

    private CellLayout(CityPlan.Kind kind, double x0, double y0, double span, int kx, int ky) {
        this.kind = kind;
        this.x0 = x0;
        this.y0 = y0;
        this.span = span;
        this.kx = kx;
        this.ky = ky;
    }

    /** The layout of a cell; ESTATE_PART, WATER and RAIL cells hold nothing of their own. */
    static CellLayout of(CityPlan plan, int c, int r) {
        CityPlan.Kind kind = plan.kind(c, r);
        double x0 = c * CityPlan.CELL_METERS;
        double y0 = r * CityPlan.CELL_METERS;
        SplittableRandom random = plan.random(c, r, 2);
        CellLayout layout = switch (kind) {
            case COMPOUND -> new CellLayout(kind, x0, y0, CityPlan.CELL_METERS, 3 + random.nextInt(4), 3 + random.nextInt(4));
            case ESTATE -> new CellLayout(kind, x0, y0, CityPlan.CELL_METERS * CityPlan.ESTATE_CELLS, 10, 10);
            default -> new CellLayout(kind, x0, y0, CityPlan.CELL_METERS, 0, 0);
        };
        switch (kind) {
            case COMPOUND -> layout.centreNode = new CompoundDrawing(layout, randomGates(random), random).draw();
            case ESTATE -> layout.centreNode = new CompoundDrawing(layout, new GateState[] {GateState.LOCKED,
                GateState.NONE, GateState.OPEN, GateState.NONE}, null).draw();
            case OPEN -> layout.drawOpen();
            case PARK -> layout.drawPark();
            default -> {
            }
        }
        return layout;
    }

    /** Each side has a gate with chance 0.55; a gate is open (0.8), private (0.1) or locked (0.1); one at least is open. */
    private static GateState[] randomGates(SplittableRandom random) {
        GateState[] states = new GateState[4];
        int firstPresent = -1;
        boolean anyOpen = false;
        for (int side = 0; side < 4; side++) {
            if (random.nextDouble() >= 0.55) {
                states[side] = GateState.NONE;
                continue;
            }
            double draw = random.nextDouble();
            states[side] = draw < 0.8 ? GateState.OPEN : draw < 0.9 ? GateState.PRIVATE : GateState.LOCKED;
            anyOpen |= states[side] == GateState.OPEN;
            firstPresent = firstPresent < 0 ? side : firstPresent;
        }
        if (!anyOpen) {
            states[firstPresent < 0 ? SOUTH : firstPresent] = GateState.OPEN;
        }
        return states;
    }

    int nodeCount() {
        return xs.size();
    }

    double x(int node) {
        return x0 + xs.get(node);
    }

    double y(int node) {
        return y0 + ys.get(node);
    }

    /** The node's tags as key/value pairs; empty for most nodes. */
    String[] tags(int node) {
        String[] tags = nodeTags.get(node);
        return tags == null ? new String[0] : tags;
    }

    /** Plan metres of the compound's (or neighbourhood's, park's) outline: west, south, east, north. */
    double[] outline() {
        return new double[] {x0 + WALL_INSET_METERS, y0 + WALL_INSET_METERS, x0 + span - WALL_INSET_METERS,
            y0 + span - WALL_INSET_METERS};
    }

    /** The path crossing nearest the centre (compounds) or the centre crossing (open neighbourhoods). */
    int centreNode() {
        return centreNode;
    }

    boolean gated() {
        return kind == CityPlan.Kind.COMPOUND || kind == CityPlan.Kind.ESTATE;
    }

    private int node(double x, double y, String... tags) {
        xs.add(x);
        ys.add(y);
        nodeTags.add(tags.length == 0 ? null : tags);
        return xs.size() - 1;
    }

    private void way(int[] nodes, String... tags) {
        ways.add(new LocalWay(nodes, tags));
    }

    /** Used by {@link CompoundDrawing}: adds a node and returns its index. */
    int addNode(double x, double y, String... tags) {
        return node(x, y, tags);
    }

    /** Used by {@link CompoundDrawing}: adds a way over local indexes. */
    void addWay(int[] nodes, String... tags) {
        way(nodes, tags);
    }

    private void drawOpen() {
        double mid = span / 2 + 3;
        centreNode = node(mid, mid);
        int south = street(SOUTH, mid, node(mid, 0));
        int east = street(EAST, mid, node(span, mid));
        int north = street(NORTH, mid, node(mid, span));
        int west = street(WEST, mid, node(0, mid));
        int westCul = node(span / 4, mid);
        int eastCul = node(3 * span / 4, mid);
        int westEnd = node(span / 4, mid + 40);
        int eastEnd = node(3 * span / 4, mid - 40);
        way(new int[] {west, westCul, centreNode, eastCul, east}, "highway", "living_street");
        way(new int[] {south, centreNode, north}, "highway", "living_street");
        way(new int[] {westCul, westEnd}, "highway", "service", "noexit", "yes");
        way(new int[] {eastCul, eastEnd}, "highway", "service", "noexit", "yes");
    }

    /** Records that a node lies on the street of a side; returns the node. */
    int street(int side, double localAlong, int node) {
        double along = (side == SOUTH || side == NORTH ? x0 : y0) + localAlong;
        streetPoints.add(new StreetPoint(side, along, node));
        return node;
    }

    private void drawPark() {
        double w = WALL_INSET_METERS;
        double e = span - w;
        int[] outline = {node(w, w), node(e, w), node(e, e), node(w, e)};
        wallWay = ways.size();
        way(new int[] {outline[0], outline[1], outline[2], outline[3], outline[0]}, "leisure", "park");
        int a = node(80, 80);
        int b = node(120, 80);
        int c = node(120, 120);
        int d = node(80, 120);
        way(new int[] {a, b, c, d, a}, "highway", "footway");
        way(new int[] {node(50, 60), node(50, 140)}, "highway", "path");
    }

    /** A growable array of doubles. */
    private static final class DoubleList {
        private double[] values = new double[64];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        double get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }
}
