package org.lifecircle.demo.city;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The city as drawn: a grid of {@value #CELL_METERS} m cells between street centre lines, a river
 * filling one column of cells (north to south, bridges every 8th street), a railway filling one row
 * (crossings every 6th street), and what each cell holds. Every decision is a function of the seed
 * and the cell, so any part of the city can be drawn again without keeping the rest: the writers
 * walk the grid twice (nodes, then ways) and hold only per-cell counts.
 *
 * <p>Planted gaps (as in the demo city): <b>river</b> compounds east of the river in rows 8, 24, 40, ...
 * (16 instead of 8 where the railway runs in row 8; 600 m and more from the bridges at lines 4,
 * 12, 20, ...), with an elderly-care centre about 220 m away across the water; <b>locked gate</b>
 * estates of 3 x 3 cells whose only open gate faces away from an elderly-care station 22 m outside
 * the locked gate. No other facility of the elderly-care rule lies within {@value #PLANTED_CLEAR_METERS}
 * m of a planted compound, so its gap does not depend on the random facilities.
 */
final class CityPlan {

    static final double CELL_METERS = 200;
    /** Bridges carry every 8th street across the river: 1.6 km apart, as on Tianjin's Haihe. */
    static final int BRIDGE_EVERY = 8;
    static final int BRIDGE_OFFSET = 4;
    /** Streets cross the railway every 6th line (1.2 km): underpasses and level crossings. */
    static final int RAIL_CROSSING_EVERY = 6;
    static final int RAIL_CROSSING_OFFSET = 3;
    static final int ESTATE_CELLS = 3;
    /** Twice the elderly-care walk (720 m) and more: the gap holds whatever else is near. */
    static final double PLANTED_CLEAR_METERS = 1500;
    /** One pair of planted gaps per 16 rows of cells (3.2 km of river). */
    private static final int PLANTED_ROW_SPACING = 16;
    private static final double PARK_SHARE = 0.03;
    private static final double OPEN_SHARE = 0.12;

    enum Kind { COMPOUND, OPEN, PARK, WATER, RAIL, ESTATE, ESTATE_PART }

    /** A cell, its column and row. */
    record Cell(int column, int row) {
    }

    private final long seed;
    private final CitySize size;
    private final int columns;
    private final int riverColumn;
    private final int railRow;
    private final List<Cell> estates = new ArrayList<>();
    private final List<Cell> riverGaps = new ArrayList<>();

    CityPlan(CitySize size, long seed) {
        this.size = size;
        this.seed = seed;
        this.columns = size.columns();
        this.riverColumn = columns / 2;
        this.railRow = columns / 3;
        planGaps();
    }

    private void planGaps() {
        for (int r = BRIDGE_EVERY; r + 1 < columns; r += PLANTED_ROW_SPACING) {
            int row = r == railRow ? r + BRIDGE_EVERY : r;
            if (row + 1 < columns) {
                riverGaps.add(new Cell(riverColumn + 1, row));
            }
        }
        estates.addAll(estates(columns));
    }

    /** The estates' south-west cells: every 16 rows from row 2, in four columns west of the river, clear of the railway. */
    static List<Cell> estates(int columns) {
        List<Cell> estates = new ArrayList<>();
        int railRow = columns / 3;
        int k = 0;
        for (int r = 2; r + ESTATE_CELLS + 1 < columns; r += PLANTED_ROW_SPACING) {
            int c = 2 + (k++ % 4) * 22;
            boolean clearOfRail = r > railRow + 1 || r + ESTATE_CELLS < railRow - 1;
            if (c + ESTATE_CELLS + 2 < columns / 2 && clearOfRail) {
                estates.add(new Cell(c, r));
            }
        }
        return estates;
    }

    CitySize size() {
        return size;
    }

    long seed() {
        return seed;
    }

    int columns() {
        return columns;
    }

    int rows() {
        return columns;
    }

    int riverColumn() {
        return riverColumn;
    }

    int railRow() {
        return railRow;
    }

    double widthMeters() {
        return columns * CELL_METERS;
    }

    List<Cell> estates() {
        return estates;
    }

    List<Cell> riverGaps() {
        return riverGaps;
    }

    /** A random stream of its own for a cell and a purpose (salt), the same on every run. */
    SplittableRandom random(int column, int row, int salt) {
        long mixed = seed * 0x9E3779B97F4A7C15L + column * 0xC2B2AE3D27D4EB4FL + row * 0x165667B19E3779F9L + salt;
        return new SplittableRandom(mixed);
    }

    Kind kind(int c, int r) {
        if (c == riverColumn) {
            return Kind.WATER;
        }
        if (r == railRow) {
            return Kind.RAIL;
        }
        for (Cell estate : estates) {
            if (c >= estate.column() && c < estate.column() + ESTATE_CELLS && r >= estate.row()
                    && r < estate.row() + ESTATE_CELLS) {
                return c == estate.column() && r == estate.row() ? Kind.ESTATE : Kind.ESTATE_PART;
            }
        }
        if (riverGaps.contains(new Cell(c, r))) {
            return Kind.COMPOUND;
        }
        double draw = random(c, r, 1).nextDouble();
        return draw < PARK_SHARE ? Kind.PARK : draw < PARK_SHARE + OPEN_SHARE ? Kind.OPEN : Kind.COMPOUND;
    }

    /** The estate a cell of kind ESTATE or ESTATE_PART belongs to. */
    Cell estateOf(int c, int r) {
        for (Cell estate : estates) {
            if (c >= estate.column() && c < estate.column() + ESTATE_CELLS && r >= estate.row()
                    && r < estate.row() + ESTATE_CELLS) {
                return estate;
            }
        }
        throw new IllegalArgumentException("no estate at " + c + "," + r);
    }

    /** Whether the street from junction (c, j) east to (c + 1, j) exists. */
    boolean eastSegment(int c, int j) {
        if (c == riverColumn && j % BRIDGE_EVERY != BRIDGE_OFFSET) {
            return false;
        }
        return !insideEstate(c, j, true);
    }

    /** Whether the street from junction (i, r) north to (i, r + 1) exists. */
    boolean northSegment(int i, int r) {
        if (r == railRow && i % RAIL_CROSSING_EVERY != RAIL_CROSSING_OFFSET) {
            return false;
        }
        return !insideEstate(r, i, false);
    }

    boolean isBridge(int c, int j) {
        return c == riverColumn;
    }

    boolean isRailCrossing(int i, int r) {
        return r == railRow;
    }

    /** A segment along a line strictly inside an estate (the estate has no public streets). */
    private boolean insideEstate(int along, int line, boolean horizontal) {
        for (Cell estate : estates) {
            int lineStart = horizontal ? estate.row() : estate.column();
            int alongStart = horizontal ? estate.column() : estate.row();
            if (line > lineStart && line < lineStart + ESTATE_CELLS && along >= alongStart
                    && along < alongStart + ESTATE_CELLS) {
                return true;
            }
        }
        return false;
    }

    /** Whether any street meets junction (i, j). */
    boolean junctionExists(int i, int j) {
        return (i < columns && eastSegment(i, j)) || (i > 0 && eastSegment(i - 1, j))
                || (j < columns && northSegment(i, j)) || (j > 0 && northSegment(i, j - 1));
    }

    /** Street class of a line by its index: every 8th primary, 4th secondary, 2nd tertiary. */
    static String highway(int line) {
        if (line % 8 == 0) {
            return "primary";
        }
        if (line % 4 == 0) {
            return "secondary";
        }
        return line % 2 == 0 ? "tertiary" : "residential";
    }
}
