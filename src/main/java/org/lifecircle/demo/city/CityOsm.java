package org.lifecircle.demo.city;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes network.osm.pbf in two walks over the grid: first every node (street junctions, then
 * each cell's nodes, then the river's and railway's), then every way (streets line by line, each
 * cell's ways, river and railway). Between the walks only the node id each cell starts at and the
 * street points of every line are kept (primitive arrays: about 40 bytes a cell).
 */
final class CityOsm {

    private final CityPlan plan;
    private final CityProjection projection;
    private final int columns;
    private final long[] cellFirstNode;
    private final StreetPoints[] eastWest;
    private final StreetPoints[] northSouth;
    private long extrasFirstNode;
    private long nodes;
    private long wayCount;
    private final StreetWays streetWays;

    CityOsm(CityPlan plan, CityProjection projection) {
        this.plan = plan;
        this.projection = projection;
        this.columns = plan.columns();
        this.cellFirstNode = new long[columns * columns];
        this.eastWest = new StreetPoints[columns + 1];
        this.northSouth = new StreetPoints[columns + 1];
        for (int i = 0; i <= columns; i++) {
            eastWest[i] = new StreetPoints();
            northSouth[i] = new StreetPoints();
        }
        this.streetWays = new StreetWays(plan, this::junctionId);
    }

    /** Nodes written to the file. */
    long nodes() {
        return nodes;
    }

    long ways() {
        return wayCount;
    }

    void write(Path file) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
             PbfStream pbf = new PbfStream(out, projection.bounds(plan.widthMeters(), plan.widthMeters()))) {
            writeNodes(pbf);
            long[] nextWay = {1};
            streetWays.write(pbf, eastWest, northSouth, nextWay);
            writeCellWays(pbf, nextWay);
            writeExtraWays(pbf, nextWay);
            wayCount = nextWay[0] - 1;
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    long junctionId(int i, int j) {
        return 1 + (long) j * (columns + 1) + i;
    }

    private void writeNodes(PbfStream pbf) throws IOException {
        double cell = CityPlan.CELL_METERS;
        for (int j = 0; j <= columns; j++) {
            for (int i = 0; i <= columns; i++) {
                if (plan.junctionExists(i, j)) {
                    pbf.node(junctionId(i, j), projection.lon(i * cell), projection.lat(j * cell));
                    nodes++;
                }
            }
        }
        long next = junctionId(columns, columns) + 1;
        for (int r = 0; r < columns; r++) {
            for (int c = 0; c < columns; c++) {
                cellFirstNode[r * columns + c] = next;
                CellLayout layout = CellLayout.of(plan, c, r);
                for (int n = 0; n < layout.nodeCount(); n++) {
                    pbf.node(next + n, projection.lon(layout.x(n)), projection.lat(layout.y(n)), layout.tags(n));
                }
                collectStreetPoints(layout, c, r, next);
                next += layout.nodeCount();
                nodes += layout.nodeCount();
            }
        }
        extrasFirstNode = next;
        writeExtraNodes(pbf);
        for (int i = 0; i <= columns; i++) {
            eastWest[i].sort();
            northSouth[i].sort();
        }
    }

    private void collectStreetPoints(CellLayout layout, int c, int r, long firstId) {
        int spanCells = (int) Math.round(layout.span / CityPlan.CELL_METERS);
        for (CellLayout.StreetPoint point : layout.streetPoints) {
            long id = firstId + point.node();
            switch (point.side()) {
                case CellLayout.SOUTH -> eastWest[r].add(point.alongMeters(), id);
                case CellLayout.NORTH -> eastWest[r + spanCells].add(point.alongMeters(), id);
                case CellLayout.WEST -> northSouth[c].add(point.alongMeters(), id);
                default -> northSouth[c + spanCells].add(point.alongMeters(), id);
            }
        }
    }

    /** River: a water polygon over the middle 160 m of its column and its centre line; railway: a line. */
    private void writeExtraNodes(PbfStream pbf) throws IOException {
        double[][] points = extraPoints();
        for (int n = 0; n < points.length; n++) {
            pbf.node(extrasFirstNode + n, projection.lon(points[n][0]), projection.lat(points[n][1]));
        }
        nodes += points.length;
    }

    private double[][] extraPoints() {
        double west = plan.riverColumn() * CityPlan.CELL_METERS + 20;
        double east = west + CityPlan.CELL_METERS - 40;
        double top = plan.widthMeters();
        double rail = (plan.railRow() + 0.5) * CityPlan.CELL_METERS;
        return new double[][] {{west, 0}, {east, 0}, {east, top}, {west, top}, {(west + east) / 2, top},
            {(west + east) / 2, 0}, {0, rail}, {plan.widthMeters(), rail}};
    }

    private void writeCellWays(PbfStream pbf, long[] nextWay) throws IOException {
        long[] refs = new long[512];
        int index = 0;
        for (int r = 0; r < columns; r++) {
            for (int c = 0; c < columns; c++) {
                CellLayout layout = CellLayout.of(plan, c, r);
                long first = cellFirstNode[r * columns + c];
                for (int w = 0; w < layout.ways.size(); w++) {
                    CellLayout.LocalWay way = layout.ways.get(w);
                    for (int k = 0; k < way.nodes().length; k++) {
                        refs[k] = first + way.nodes()[k];
                    }
                    pbf.way(nextWay[0]++, refs, way.nodes().length, way.tags());
                    if (w == layout.wallWay && layout.gated()) {
                        pbf.way(nextWay[0]++, refs, way.nodes().length, "landuse", "residential",
                                "name", CityNames.area(index), "ref", CityResidents.areaId(index));
                    }
                }
                index += layout.gated() || layout.kind == CityPlan.Kind.OPEN ? 1 : 0;
            }
        }
    }

    private void writeExtraWays(PbfStream pbf, long[] nextWay) throws IOException {
        long e = extrasFirstNode;
        pbf.way(nextWay[0]++, new long[] {e, e + 1, e + 2, e + 3, e}, 5, "name", "清河", "natural", "water",
                "water", "river");
        pbf.way(nextWay[0]++, new long[] {e + 4, e + 5}, 2, "name", "清河", "waterway", "river");
        pbf.way(nextWay[0]++, new long[] {e + 6, e + 7}, 2, "name", "津浦铁路", "railway", "rail", "usage", "main");
    }
}
