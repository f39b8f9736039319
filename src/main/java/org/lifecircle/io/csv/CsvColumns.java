package org.lifecircle.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.lifecircle.model.InvalidInputException;

/**
 * The header of a point CSV: which columns hold the coordinates. Longitude is one of lon, lng,
 * longitude, 经度; latitude one of lat, latitude, 纬度 (any case). Columns named x and y hold
 * projected coordinates, used when no longitude/latitude column exists. A wkt or geometry column,
 * when present, holds the geometry as WKT and is used where it is not empty.
 */
final class CsvColumns {

    static final Set<String> LON_NAMES = Set.of("lon", "lng", "longitude", "经度");
    static final Set<String> LAT_NAMES = Set.of("lat", "latitude", "纬度");
    static final Set<String> WKT_NAMES = Set.of("wkt", "geometry");

    private final List<String> names;
    private final OptionalInt xColumn;
    private final OptionalInt yColumn;
    private final OptionalInt wktColumn;
    private final boolean projected;

    private CsvColumns(List<String> names, OptionalInt xColumn, OptionalInt yColumn, OptionalInt wktColumn,
                       boolean projected) {
        this.names = names;
        this.xColumn = xColumn;
        this.yColumn = yColumn;
        this.wktColumn = wktColumn;
        this.projected = projected;
    }

    /** Analyses the header cells; fails on duplicated names and on missing coordinate columns. */
    static CsvColumns of(List<String> header, String fileName) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                name = "column" + (i + 1);
            }
            Integer earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw new InvalidInputException(fileName + " line 1: column name '" + name + "' appears twice (columns "
                        + (earlier + 1) + " and " + (i + 1) + "); rename one so that every column name is unique");
            }
            names.add(name);
        }
        OptionalInt lon = find(names, LON_NAMES, "longitude", fileName);
        OptionalInt lat = find(names, LAT_NAMES, "latitude", fileName);
        OptionalInt wkt = find(names, WKT_NAMES, "WKT", fileName);
        boolean projected = lon.isEmpty() && lat.isEmpty();
        if (projected) {
            lon = find(names, Set.of("x"), "x", fileName);
            lat = find(names, Set.of("y"), "y", fileName);
        }
        if (lon.isPresent() != lat.isPresent() && wkt.isEmpty()) {
            String has = lon.isPresent() ? names.get(lon.getAsInt()) : names.get(lat.getAsInt());
            throw new InvalidInputException(fileName + " line 1: column '" + has + "' has no partner column; the header"
                    + " has: " + String.join(", ", names) + ". Give both longitude (lon) and latitude (lat)");
        }
        if ((lon.isEmpty() || lat.isEmpty()) && wkt.isEmpty()) {
            throw new InvalidInputException(fileName + " line 1: no coordinate columns; the header has: "
                    + String.join(", ", names) + ". Name them lon and lat (or lng/longitude/经度 and latitude/纬度),"
                    + " x and y for projected coordinates, or add a wkt column");
        }
        return new CsvColumns(List.copyOf(names), lon, lat, wkt, projected);
    }

    private static OptionalInt find(List<String> names, Set<String> wanted, String what, String fileName) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (wanted.contains(names.get(i).toLowerCase(Locale.ROOT))) {
                found.add(i);
            }
        }
        if (found.size() > 1) {
            throw new InvalidInputException(fileName + " line 1: several " + what + " columns ("
                    + String.join(", ", found.stream().map(names::get).toList()) + "); keep one or rename the others");
        }
        return found.isEmpty() ? OptionalInt.empty() : OptionalInt.of(found.get(0));
    }

    List<String> names() {
        return names;
    }

    /** The longitude column, or x for projected files; empty when only WKT is given. */
    OptionalInt xColumn() {
        return xColumn.isPresent() && yColumn.isPresent() ? xColumn : OptionalInt.empty();
    }

    OptionalInt yColumn() {
        return xColumn.isPresent() && yColumn.isPresent() ? yColumn : OptionalInt.empty();
    }

    OptionalInt wktColumn() {
        return wktColumn;
    }

    /** True when the coordinates are in x/y columns (projected unless they look like degrees). */
    boolean projected() {
        return projected && xColumn().isPresent();
    }

    /** True when the column holds geometry (not an attribute). */
    boolean isGeometryColumn(int column) {
        return (xColumn().isPresent() && (column == xColumn.getAsInt() || column == yColumn.getAsInt()))
                || (wktColumn.isPresent() && column == wktColumn.getAsInt());
    }
}
