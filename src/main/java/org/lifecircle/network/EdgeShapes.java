package org.lifecircle.network;

/**
 * The interior vertices of every edge, stored as 16-bit steps in E7 units (1e-7 degree) from the
 * previous vertex: 4 bytes a vertex instead of 8.
 *
 * <p>Why: shape points outnumber junctions several times in OSM networks (Heidelberg: 4.5 per
 * node), so their size decides whether the graph stays under 100 bytes a node. A step beyond
 * +-32,000 units (about 350 m north-south) is split by points placed on the straight segment,
 * which changes neither the drawn line nor, to a micrometre, its length (lengths are measured by
 * the builder before encoding anyway).
 */
final class EdgeShapes {

    /** Largest step stored; below Short.MAX_VALUE so that rounding a split never overflows. */
    private static final int MAX_STEP = 32_000;

    private final int[] start;
    private final short[] stepLon;
    private final short[] stepLat;

    private EdgeShapes(int[] start, short[] stepLon, short[] stepLat) {
        this.start = start;
        this.stepLon = stepLon;
        this.stepLat = stepLat;
    }

    /** Number of interior vertices of the edge (split points included). */
    int interiorCount(int edge) {
        return start[edge + 1] - start[edge];
    }

    /** Writes the interior vertices, decoded from the from-node's coordinates, into the arrays. */
    void decode(int edge, int fromLonE7, int fromLatE7, int[] lonE7, int[] latE7) {
        int lon = fromLonE7;
        int lat = fromLatE7;
        for (int k = start[edge], i = 0; k < start[edge + 1]; k++, i++) {
            lon += stepLon[k];
            lat += stepLat[k];
            lonE7[i] = lon;
            latE7[i] = lat;
        }
    }

    long memoryBytes() {
        return 4L * start.length + 2L * (stepLon.length + stepLat.length);
    }

    /** Encodes edges in order: {@link #beginEdge} then the interior vertices with {@link #add}. */
    static final class Builder {
        private final GrowableInts start = new GrowableInts();
        private final GrowableInts stepLon = new GrowableInts();
        private final GrowableInts stepLat = new GrowableInts();
        private int lastLon;
        private int lastLat;

        void beginEdge(int fromLonE7, int fromLatE7) {
            start.add(stepLon.size());
            lastLon = fromLonE7;
            lastLat = fromLatE7;
        }

        void add(int lonE7, int latE7) {
            long dLon = (long) lonE7 - lastLon;
            long dLat = (long) latE7 - lastLat;
            long pieces = Math.max(1, (Math.max(Math.abs(dLon), Math.abs(dLat)) + MAX_STEP - 1) / MAX_STEP);
            int baseLon = lastLon;
            int baseLat = lastLat;
            for (long p = 1; p <= pieces; p++) {
                int lon = (int) (baseLon + Math.round((double) dLon * p / pieces));
                int lat = (int) (baseLat + Math.round((double) dLat * p / pieces));
                stepLon.add(lon - lastLon);
                stepLat.add(lat - lastLat);
                lastLon = lon;
                lastLat = lat;
            }
        }

        EdgeShapes build() {
            start.add(stepLon.size());
            short[] lon = new short[stepLon.size()];
            short[] lat = new short[stepLat.size()];
            for (int i = 0; i < lon.length; i++) {
                lon[i] = (short) stepLon.get(i);
                lat[i] = (short) stepLat.get(i);
            }
            return new EdgeShapes(start.toArray(), lon, lat);
        }
    }
}
