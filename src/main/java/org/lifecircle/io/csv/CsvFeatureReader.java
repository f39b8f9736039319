package org.lifecircle.io.csv;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.io.features.FeatureReader;
import org.lifecircle.io.features.Wgs84Converter;
import org.lifecircle.io.files.InputFiles;
import org.lifecircle.io.files.TextCharsets;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Reads point features from a CSV (or tab-separated .txt) file: longitude/latitude columns, x/y
 * columns with projected coordinates, or a WKT column (see {@link CsvColumns}). Every other
 * column becomes a text attribute; empty cells are left out.
 *
 * <p>Encoding: UTF-8 (a byte-order mark is allowed) or GBK; detected from the bytes unless given.
 * x/y columns need a coordinate system after the file name unless every value looks like degrees.
 */
public final class CsvFeatureReader implements FeatureReader {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private final Optional<Charset> charset;

    /** Detects UTF-8 or GBK from the bytes. */
    public CsvFeatureReader() {
        this(Optional.empty());
    }

    /** Decodes with the given charset when present, else detects it. */
    public CsvFeatureReader(Optional<Charset> charset) {
        this.charset = charset;
    }

    @Override
    public List<SourceFeature> read(Path file, Optional<CrsSpec> crs) {
        String fileName = InputFiles.nameOf(file);
        String text = TextCharsets.decodeText(InputFiles.readAllBytes(file), charset, fileName);
        List<CsvRecords.Row> rows = CsvRecords.parse(text, CsvRecords.detectDelimiter(text), fileName);
        rows.removeIf(row -> row.cells().stream().allMatch(String::isBlank));
        if (rows.isEmpty()) {
            throw new InvalidInputException(fileName + ": the file is empty; it needs a header line (e.g. name,lon,lat)"
                    + " and one line per feature");
        }
        if (rows.size() == 1) {
            throw new InvalidInputException(fileName + ": only a header line (" + String.join(",", rows.get(0).cells())
                    + "), no features; add one line per feature");
        }
        CsvColumns columns = CsvColumns.of(rows.get(0).cells(), fileName);
        List<Parsed> parsed = new ArrayList<>(rows.size() - 1);
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            parsed.add(parseRow(row, columns, fileName));
        }
        Wgs84Converter converter = new Wgs84Converter(sourceCrs(crs, columns, parsed, fileName), fileName);
        List<SourceFeature> features = new ArrayList<>(parsed.size());
        for (Parsed p : parsed) {
            Geometry wgs84 = converter.convert(p.geometry(), p.location());
            features.add(new SourceFeature(wgs84, p.attributes(), p.location()));
        }
        return features;
    }

    private record Parsed(Geometry geometry, Map<String, Object> attributes, String location) {
    }

    private static Parsed parseRow(CsvRecords.Row row, CsvColumns columns, String fileName) {
        String location = fileName + " line " + row.line();
        List<String> cells = row.cells();
        if (cells.size() != columns.names().size()) {
            throw new InvalidInputException(location + ": " + cells.size() + " cells but the header has "
                    + columns.names().size() + " columns; quote values that contain the delimiter, e.g. \"a, b\"");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i).strip();
            if (!columns.isGeometryColumn(i) && !value.isEmpty()) {
                attributes.put(columns.names().get(i), value);
            }
        }
        return new Parsed(geometryOf(cells, columns, location), Collections.unmodifiableMap(attributes), location);
    }

    private static Geometry geometryOf(List<String> cells, CsvColumns columns, String location) {
        if (columns.wktColumn().isPresent()) {
            String wkt = cells.get(columns.wktColumn().getAsInt()).strip();
            String column = columns.names().get(columns.wktColumn().getAsInt());
            if (!wkt.isEmpty()) {
                return parseWkt(wkt, location, column);
            }
            if (columns.xColumn().isEmpty()) {
                throw new InvalidInputException(location + ": the " + column + " column is empty; give the geometry"
                        + " as WKT, e.g. POINT (104.06 30.66)");
            }
        }
        int x = columns.xColumn().getAsInt();
        int y = columns.yColumn().getAsInt();
        double lon = number(cells.get(x), location, columns.names().get(x));
        double lat = number(cells.get(y), location, columns.names().get(y));
        return GEOMETRIES.createPoint(new Coordinate(lon, lat));
    }

    private static Geometry parseWkt(String wkt, String location, String column) {
        try {
            return new WKTReader(GEOMETRIES).read(wkt);
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidInputException(location + ", column " + column + ": not valid WKT (" + e.getMessage()
                    + "); write e.g. POINT (104.06 30.66) or POLYGON ((...))", e);
        }
    }

    private static double number(String cell, String location, String column) {
        String text = cell.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(location + ", column " + column + ": empty; every feature needs both"
                    + " coordinates");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new InvalidInputException(location + ", column " + column + ": '" + text + "' is not a finite"
                    + " decimal number; write degrees as decimals, e.g. 104.0665 (no NaN, Infinity, ° or commas)");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(location + ", column " + column + ": '" + text + "' is too large");
        }
        return value;
    }

    /** The given system; else WGS84, except that x/y columns need one unless they look like degrees. */
    private static CrsSpec sourceCrs(Optional<CrsSpec> given, CsvColumns columns, List<Parsed> parsed,
                                     String fileName) {
        if (given.isPresent() || !columns.projected()) {
            return given.orElse(CrsSpec.wgs84());
        }
        for (Parsed p : parsed) {
            Coordinate c = p.geometry().getCoordinate();
            if (Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
                throw new InvalidInputException(p.location() + ": columns x/y hold projected coordinates (x=" + c.x
                        + ", y=" + c.y + ") and no coordinate system was given; name it after the file, e.g. "
                        + fileName + "@epsg:4548");
            }
        }
        return CrsSpec.wgs84();
    }
}
