package org.lifecircle.demo.city;

import java.io.IOException;

/**
 * The public streets as ways: one line of the grid at a time, split where a street is missing
 * (river, railway, estates), at bridges (their own ways, tagged bridge=yes and layer=1) and at every
 * 8th cell, with the street points of the cells on both sides as nodes of the way.
 */
final class StreetWays {

    /** The node id of a junction of the grid. */
    @FunctionalInterface
    interface JunctionIds {
        long id(int i, int j);
    }

    private static final int CELLS_PER_WAY = 8;

    private final CityPlan plan;
    private final JunctionIds junctions;
    private final long[] refs = new long[1024];
    private int count;

    StreetWays(CityPlan plan, JunctionIds junctions) {
        this.plan = plan;
        this.junctions = junctions;
    }

    void write(PbfStream pbf, StreetPoints[] eastWest, StreetPoints[] northSouth, long[] nextWay) throws IOException {
        for (int line = 0; line <= plan.columns(); line++) {
            writeLine(pbf, line, true, eastWest[line], nextWay);
        }
        for (int line = 0; line <= plan.columns(); line++) {
            writeLine(pbf, line, false, northSouth[line], nextWay);
        }
    }

    private void writeLine(PbfStream pbf, int line, boolean eastWest, StreetPoints points, long[] nextWay)
            throws IOException {
        String[] tags = {"highway", CityPlan.highway(line), "name", CityNames.road(line, eastWest)};
        String[] bridgeTags = {"bridge", "yes", "highway", CityPlan.highway(line), "layer", "1",
            "name", CityNames.road(line, eastWest)};
        count = 0;
        for (int k = 0; k < plan.columns(); k++) {
            boolean exists = eastWest ? plan.eastSegment(k, line) : plan.northSegment(line, k);
            boolean bridge = exists && (eastWest ? plan.isBridge(k, line) : plan.isRailCrossing(line, k));
            if (!exists || bridge || k % CELLS_PER_WAY == 0) {
                flush(pbf, tags, nextWay);
            }
            if (!exists) {
                continue;
            }
            if (count == 0) {
                refs[count++] = junction(line, k, eastWest);
            }
            double start = k * CityPlan.CELL_METERS;
            while (points.hasBefore(start + CityPlan.CELL_METERS)) {
                refs[count++] = points.take(start, (eastWest ? "east-west" : "north-south") + " line " + line);
            }
            refs[count++] = junction(line, k + 1, eastWest);
            if (bridge) {
                flush(pbf, bridgeTags, nextWay);
            }
        }
        flush(pbf, tags, nextWay);
        if (points.untaken() > 0) {
            throw new IllegalStateException("plan error: " + points.untaken() + " paths meet missing streets");
        }
    }

    private long junction(int line, int k, boolean eastWest) {
        return eastWest ? junctions.id(k, line) : junctions.id(line, k);
    }

    private void flush(PbfStream pbf, String[] tags, long[] nextWay) throws IOException {
        if (count > 1) {
            pbf.way(nextWay[0]++, refs, count, tags);
        }
        count = 0;
    }
}
