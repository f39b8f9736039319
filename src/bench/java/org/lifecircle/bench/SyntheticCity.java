package org.lifecircle.bench;

import java.util.Arrays;
import org.lifecircle.geo.LocalPlane;
import org.lifecircle.network.GraphBuildResult;
import org.lifecircle.network.WalkingGraphBuilder;

/**
 * A deterministic, city-like walking network for benchmarks, built through
 * {@link WalkingGraphBuilder} like a network read from OSM.
 *
 * <p>A square grid of blocks about 100 m wide: main roads (primary, secondary) run straight every
 * 500 m and are never broken; local streets (residential) have corners jittered by up to 12 m,
 * 7 % of their segments are missing and a fifth of those without a mid-block gate bend. About half the blocks hold a
 * compound whose inner node joins the surrounding streets through gates at mid-block nodes
 * (service roads and footways); some other blocks are crossed by a diagonal footpath. Nodes are
 * placed in lon/lat north-east of 117.2E 39.1N, so that edge lengths are geodesic metres.
 *
 * <p>Every random choice is a hash of the seed and the element's grid position, so the same
 * seed and size always give the same graph. {@link #DEFAULT_BLOCKS_PER_SIDE} gives about
 * 2.1 million nodes and 3.4 million edges.
 */
public final class SyntheticCity {

    /** Blocks per side of the default city: (930 + 1)^2 corners, about 2.1 million nodes in all. */
    public static final int DEFAULT_BLOCKS_PER_SIDE = 930;

    private static final double ORIGIN_LON = 117.2;
    private static final double ORIGIN_LAT = 39.1;
    private static final double BLOCK_METERS = 100;
    private static final int MAIN_ROAD_EVERY_BLOCKS = 5;
    private static final double CORNER_JITTER_METERS = 12;
    private static final double BEND_METERS = 8;
    private static final double MISSING_LOCAL_SEGMENT = 0.07;
    private static final double CURVED_LOCAL_SEGMENT = 0.2;
    private static final double BLOCK_WITH_COMPOUND = 0.55;
    private static final double GATE_PER_SIDE = 0.5;
    private static final double DIAGONAL_FOOTPATH = 0.08;

    private static final int SALT_X = 1;
    private static final int SALT_Y = 2;
    private static final int SALT_MISSING_HORIZONTAL = 3;
    private static final int SALT_MISSING_VERTICAL = 4;
    private static final int SALT_CURVE = 5;
    private static final int SALT_COMPOUND = 6;
    /** Gate salts are 7 to 10, one per block side. */
    private static final int SALT_GATE = 7;
    private static final int SALT_SPOKE_KIND = 11;
    private static final int SALT_DIAGONAL = 12;
    private static final int SALT_DIAGONAL_BEND_EAST = 13;
    private static final int SALT_DIAGONAL_BEND_NORTH = 14;

    /** Block sides in gate order: south, east, north, west. */
    private static final int SIDES = 4;

    private final long seed;
    private final int blocks;
    private final int corners;
    private final LocalPlane plane = new LocalPlane(ORIGIN_LAT);
    private final WalkingGraphBuilder builder = new WalkingGraphBuilder();
    /** Builder node in the middle of a horizontal segment, or -1; index j * blocks + i. */
    private final int[] horizontalMid;
    /** Builder node in the middle of a vertical segment, or -1; index i * blocks + j. */
    private final int[] verticalMid;
    private long nextOsmId = 1;

    private SyntheticCity(long seed, int blocksPerSide) {
        if (blocksPerSide < 2) {
            throw new IllegalArgumentException("a synthetic city needs at least 2 blocks per side, got " + blocksPerSide);
        }
        this.seed = seed;
        this.blocks = blocksPerSide;
        this.corners = blocksPerSide + 1;
        this.horizontalMid = filled(corners * blocks);
        this.verticalMid = filled(corners * blocks);
    }

    /** Generates the default city (over 2 million nodes). */
    public static GraphBuildResult generate(long seed) {
        return generate(seed, DEFAULT_BLOCKS_PER_SIDE);
    }

    /** Generates a city of {@code blocksPerSide} x {@code blocksPerSide} blocks of about 100 m. */
    public static GraphBuildResult generate(long seed, int blocksPerSide) {
        SyntheticCity city = new SyntheticCity(seed, blocksPerSide);
        city.addCorners();
        city.addCompoundsAndDiagonals();
        city.addStreets();
        return city.builder.build();
    }

    private static int[] filled(int size) {
        int[] values = new int[size];
        Arrays.fill(values, -1);
        return values;
    }

    /** Corner (i, j) becomes builder node j * corners + i. */
    private void addCorners() {
        for (int j = 0; j < corners; j++) {
            for (int i = 0; i < corners; i++) {
                addNode(cornerEast(i, j), cornerNorth(i, j));
            }
        }
    }

    private int corner(int i, int j) {
        return j * corners + i;
    }

    /** Corners on a main road stay on its straight line; the others are jittered. */
    private double cornerEast(int i, int j) {
        boolean onMain = i % MAIN_ROAD_EVERY_BLOCKS == 0;
        return i * BLOCK_METERS + (onMain ? 0 : jitter(SALT_X, i, j, CORNER_JITTER_METERS));
    }

    private double cornerNorth(int i, int j) {
        boolean onMain = j % MAIN_ROAD_EVERY_BLOCKS == 0;
        return j * BLOCK_METERS + (onMain ? 0 : jitter(SALT_Y, i, j, CORNER_JITTER_METERS));
    }

    private int addNode(double eastMeters, double northMeters) {
        return builder.addNode(nextOsmId++, lon(eastMeters), lat(northMeters));
    }

    private void addCompoundsAndDiagonals() {
        for (int j = 0; j < blocks; j++) {
            for (int i = 0; i < blocks; i++) {
                if (random(SALT_COMPOUND, i, j) < BLOCK_WITH_COMPOUND) {
                    addCompound(i, j);
                } else if (random(SALT_DIAGONAL, i, j) < DIAGONAL_FOOTPATH) {
                    addDiagonal(i, j);
                }
            }
        }
    }

    /** An inner node joined by one way of spokes to gates in the middle of some present sides. */
    private void addCompound(int i, int j) {
        boolean[] gate = new boolean[SIDES];
        boolean any = false;
        for (int side = 0; side < SIDES; side++) {
            gate[side] = random(SALT_GATE + side, i, j) < GATE_PER_SIDE && sidePresent(i, j, side);
            any |= gate[side];
        }
        if (!any && sidePresent(i, j, 0)) {
            gate[0] = any = true;
        }
        if (!any) {
            return;
        }
        double east = (cornerEast(i, j) + cornerEast(i + 1, j + 1)) / 2;
        double north = (cornerNorth(i, j) + cornerNorth(i + 1, j + 1)) / 2;
        int inner = addNode(east, north);
        String kind = random(SALT_SPOKE_KIND, i, j) < 0.5 ? "service" : "footway";
        int way = builder.addWay(nextOsmId++, kind);
        for (int side = 0; side < SIDES; side++) {
            if (gate[side]) {
                builder.addEdge(inner, gateNode(i, j, side), way);
            }
        }
    }

    private boolean sidePresent(int i, int j, int side) {
        return switch (side) {
            case 0 -> horizontalPresent(i, j);
            case 1 -> verticalPresent(i + 1, j);
            case 2 -> horizontalPresent(i, j + 1);
            default -> verticalPresent(i, j);
        };
    }

    /** The mid-segment node of a block side, made on first use and shared with the next block. */
    private int gateNode(int i, int j, int side) {
        boolean horizontal = side % 2 == 0;
        int si = side == 1 ? i + 1 : i;
        int sj = side == 2 ? j + 1 : j;
        int[] mids = horizontal ? horizontalMid : verticalMid;
        int index = horizontal ? sj * blocks + si : si * blocks + sj;
        if (mids[index] < 0) {
            int ei = horizontal ? si + 1 : si;
            int ej = horizontal ? sj : sj + 1;
            mids[index] = addNode((cornerEast(si, sj) + cornerEast(ei, ej)) / 2,
                    (cornerNorth(si, sj) + cornerNorth(ei, ej)) / 2);
        }
        return mids[index];
    }

    /** A footpath from the block's south-west to its north-east corner, bending near the middle. */
    private void addDiagonal(int i, int j) {
        double east = (cornerEast(i, j) + cornerEast(i + 1, j + 1)) / 2 + jitter(SALT_DIAGONAL_BEND_EAST, i, j, BEND_METERS);
        double north = (cornerNorth(i, j) + cornerNorth(i + 1, j + 1)) / 2 + jitter(SALT_DIAGONAL_BEND_NORTH, i, j, BEND_METERS);
        int way = builder.addWay(nextOsmId++, "footway");
        builder.addEdge(corner(i, j), corner(i + 1, j + 1), way, lon(east), lat(north));
    }

    private boolean horizontalPresent(int i, int j) {
        return j % MAIN_ROAD_EVERY_BLOCKS == 0 || random(SALT_MISSING_HORIZONTAL, i, j) >= MISSING_LOCAL_SEGMENT;
    }

    private boolean verticalPresent(int i, int j) {
        return i % MAIN_ROAD_EVERY_BLOCKS == 0 || random(SALT_MISSING_VERTICAL, i, j) >= MISSING_LOCAL_SEGMENT;
    }

    /** Streets line by line; a way spans the segments between two main roads. */
    private void addStreets() {
        for (int line = 0; line < corners; line++) {
            String highway = highwayOfLine(line);
            boolean straight = line % MAIN_ROAD_EVERY_BLOCKS == 0;
            int way = -1;
            for (int k = 0; k < blocks; k++) {
                if (k % MAIN_ROAD_EVERY_BLOCKS == 0) {
                    way = builder.addWay(nextOsmId++, highway);
                }
                if (horizontalPresent(k, line)) {
                    addSegment(corner(k, line), corner(k + 1, line), horizontalMid[line * blocks + k], way, straight);
                }
            }
            for (int k = 0; k < blocks; k++) {
                if (k % MAIN_ROAD_EVERY_BLOCKS == 0) {
                    way = builder.addWay(nextOsmId++, highway);
                }
                if (verticalPresent(line, k)) {
                    addSegment(corner(line, k), corner(line, k + 1), verticalMid[line * blocks + k], way, straight);
                }
            }
        }
    }

    private static String highwayOfLine(int line) {
        if (line % (2 * MAIN_ROAD_EVERY_BLOCKS) == 0) {
            return "primary";
        }
        return line % MAIN_ROAD_EVERY_BLOCKS == 0 ? "secondary" : "residential";
    }

    /** One street segment: split at its gate node if it has one, else straight or bent. */
    private void addSegment(int from, int to, int mid, int way, boolean straight) {
        if (mid >= 0) {
            builder.addEdge(from, mid, way);
            builder.addEdge(mid, to, way);
        } else if (!straight && random(SALT_CURVE, from, to) < CURVED_LOCAL_SEGMENT) {
            builder.addEdge(from, to, way, bendLonLat(from, to));
        } else {
            builder.addEdge(from, to, way);
        }
    }

    /** A vertex near the segment's middle, shifted sideways by up to {@link #BEND_METERS}. */
    private double[] bendLonLat(int from, int to) {
        int fi = from % corners, fj = from / corners, ti = to % corners, tj = to / corners;
        double east = (cornerEast(fi, fj) + cornerEast(ti, tj)) / 2;
        double north = (cornerNorth(fi, fj) + cornerNorth(ti, tj)) / 2;
        double shift = jitter(SALT_CURVE, to, from, BEND_METERS);
        boolean horizontal = fj == tj;
        return new double[] {lon(east + (horizontal ? 0 : shift)), lat(north + (horizontal ? shift : 0))};
    }

    private double lon(double eastMeters) {
        return ORIGIN_LON + eastMeters / plane.metersPerDegreeLon();
    }

    private double lat(double northMeters) {
        return ORIGIN_LAT + northMeters / plane.metersPerDegreeLat();
    }

    /** Uniform in [-amplitude, amplitude), a function of the seed, salt and position only. */
    private double jitter(int salt, int i, int j, double amplitudeMeters) {
        return (2 * random(salt, i, j) - 1) * amplitudeMeters;
    }

    /** Uniform in [0, 1), a function of the seed, salt and position only. */
    private double random(int salt, int i, int j) {
        long h = mix(seed * 0x9E3779B97F4A7C15L + salt);
        h = mix(h ^ ((long) i << 32 | (j & 0xFFFF_FFFFL)));
        return (h >>> 11) * 0x1.0p-53;
    }

    /** The SplitMix64 finaliser: a bijective scramble of 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
