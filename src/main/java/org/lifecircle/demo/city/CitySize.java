package org.lifecircle.demo.city;

/**
 * How big the generated city is for a number of walking nodes: a square grid of 200 m cells and
 * its unit partition. At the default 2,000,000 nodes: 225 x 225 cells (45 km a side), 42,615
 * gated compounds and 5,890 open neighbourhoods, 16 districts, 256 streets (街道), 5,120
 * communities (社区), 6,143 facilities, 2,001,399 walking nodes (seed 20260101). Everything scales with the node count: cells and facilities linearly, districts as a
 * power of two (8 per million nodes, at least 4), streets about 125 and communities 2,500 per
 * million nodes.
 *
 * @param walkingNodes the node count asked for
 * @param columns cells from west to east (also rows, south to north)
 * @param districtsX districts along a row of the district grid (districtsY along a column)
 * @param streetsX streets per district along a row (streetsY along a column)
 * @param communitiesX communities per street along a row (communitiesY along a column)
 */
record CitySize(int walkingNodes, int columns, int districtsX, int districtsY, int streetsX, int streetsY,
                int communitiesX, int communitiesY) {

    /** The default: a Tianjin-sized city (the 16 districts of Tianjin's municipality). */
    static final int DEFAULT_WALKING_NODES = 2_000_000;
    /**
     * Walking-graph nodes per cell outside the river's column and the railway's row, measured on
     * generated cities (39.6 at 22 x 22 cells, 40.1 at 79 x 79, counting an estate as 9 cells and
     * 200 nodes fewer): compounds have about 44 (4.5 x 4.5 path crossings, their 18 ends on the ring
     * path, two gates' ends, a dead end), open neighbourhoods 10, parks 1.
     */
    static final double NODES_PER_CELL = 39.9;
    /** An estate has about 200 walking nodes fewer than the 9 compounds it replaces (measured). */
    static final double NODES_FEWER_PER_ESTATE = 200;
    static final int MIN_WALKING_NODES = 5_000;

    static CitySize forWalkingNodes(int walkingNodes) {
        if (walkingNodes < MIN_WALKING_NODES) {
            throw new IllegalArgumentException("at least " + MIN_WALKING_NODES + " walking nodes");
        }
        double millions = walkingNodes / 1e6;
        int columns = columnsFor(walkingNodes);
        int districts = Math.max(4, Integer.highestOneBit((int) Math.round(8 * millions)));
        int districtsX = Integer.highestOneBit((int) Math.ceil(Math.sqrt(districts)));
        districtsX = districts % districtsX == 0 && districts / districtsX >= districtsX ? districtsX : districtsX * 2;
        int districtsY = districts / districtsX;
        int[] streets = split(Math.max(1, (int) Math.round(125 * millions / districts)));
        return new CitySize(walkingNodes, columns, districtsX, districtsY, streets[0], streets[1], 5, 4);
    }

    /** The side (in cells) whose expected node count comes nearest the asked one. */
    private static int columnsFor(int walkingNodes) {
        int guess = (int) Math.round(1 + Math.sqrt(1 + walkingNodes / NODES_PER_CELL));
        int best = guess;
        for (int columns = guess - 2; columns <= guess + 2; columns++) {
            if (Math.abs(expectedNodes(columns) - walkingNodes) < Math.abs(expectedNodes(best) - walkingNodes)) {
                best = columns;
            }
        }
        return best;
    }

    /** Walking nodes a city of this side is expected to have: cells outside river and railway, less the estates' saving. */
    static double expectedNodes(int columns) {
        return NODES_PER_CELL * ((double) columns * columns - 2.0 * columns)
                - NODES_FEWER_PER_ESTATE * CityPlan.estates(columns).size();
    }

    int districts() {
        return districtsX * districtsY;
    }

    int streets() {
        return districts() * streetsX * streetsY;
    }

    int communities() {
        return streets() * communitiesX * communitiesY;
    }

    /** A count as the most square a x b with a * b close to it (a >= b). */
    private static int[] split(int count) {
        int b = (int) Math.floor(Math.sqrt(count));
        int a = (int) Math.round((double) count / b);
        return new int[] {a, b};
    }
}
