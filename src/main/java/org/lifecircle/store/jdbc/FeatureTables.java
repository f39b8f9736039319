package org.lifecircle.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lifecircle.model.AgeCounts;
import org.lifecircle.model.Category;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.Population;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.store.DatasetFeatures;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * facilities, residential_areas and districts: written in input order (the ordinal), read back
 * whole or for a box. Box reads filter by the database's spatial index ({@link Dialect#boxCondition}:
 * {@code &&} and {@code ST_Intersects} on PostGIS, an R*Tree of bounding boxes on SQLite); where
 * that keeps bounding boxes only, each geometry is tested here.
 */
final class FeatureTables {

    /** The queries of the three tables: {@code %s} stands for the index hint, {@code WKB(column)} for the dialect's WKB select. */
    static final String FACILITIES = "SELECT facility_id, category, subtype, tier, name, capacity, lon, lat, source, inclusive"
            + " FROM facilities%s WHERE version_id = ?";
    static final String AREAS = "SELECT source_id, name, kind, population, population_source, floor_area_m2,"
            + " pop_0_2, pop_3_5, pop_60_plus,"
            + " WKB(entrances) AS entrances, WKB(geom) AS geom FROM residential_areas%s WHERE version_id = ?";
    static final String DISTRICTS = "SELECT ordinal, code, name, census_population, census_0_2, census_3_5,"
            + " census_60_plus, WKB(geom) AS geom"
            + " FROM districts%s WHERE version_id = ?";
    static final String ORDERED = " ORDER BY ordinal";
    private static final Pattern WKB_SELECT = Pattern.compile("WKB\\((\\w+)\\)");

    /** A box to read features in. */
    record Box(Envelope envelope) {

        /** Whether a point lies in the box (its edges included, as ST_Intersects has it). */
        boolean contains(double lon, double lat) {
            return envelope.intersects(lon, lat);
        }

        /** Whether a geometry meets the box (its edges included). */
        boolean meets(Geometry geometry) {
            return envelope.intersects(geometry.getEnvelopeInternal())
                    && geometry.intersects(geometry.getFactory().toGeometry(envelope));
        }
    }

    private FeatureTables() {
    }

    static void insert(Connection connection, Dialect dialect, String versionId, DatasetFeatures features,
                       BatchInsert.RowCount progress) throws SQLException {
        String geometry = dialect.geometryParameter();
        insertFacilities(connection, geometry, versionId, features.facilities(), progress);
        insertAreas(connection, geometry, versionId, features.areas(), progress);
        insertDistricts(connection, geometry, versionId, features, progress);
    }

    private static void insertFacilities(Connection connection, String geometry, String versionId,
                                         List<Facility> facilities, BatchInsert.RowCount progress) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "INSERT INTO facilities (version_id, ordinal, facility_id,"
                + " category, subtype, tier, name, capacity, lon, lat, source, inclusive, geom)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + geometry + ")", progress)) {
            for (int i = 0; i < facilities.size(); i++) {
                Facility f = facilities.get(i);
                PreparedStatement row = insert.row();
                row.setString(1, versionId);
                row.setInt(2, i);
                row.setString(3, f.id());
                row.setString(4, f.category().id());
                row.setString(5, f.subtype());
                row.setString(6, f.tier());
                row.setString(7, f.name());
                Jdbc.setInt(row, 8, f.capacity());
                row.setDouble(9, f.lon());
                row.setDouble(10, f.lat());
                row.setString(11, f.source());
                row.setBoolean(12, f.inclusive());
                row.setBytes(13, Wkb.point(f.lon(), f.lat()));
                insert.add();
            }
        }
    }

    private static void insertAreas(Connection connection, String geometry, String versionId,
                                    List<ResidentialArea> areas, BatchInsert.RowCount progress) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "INSERT INTO residential_areas (version_id, ordinal,"
                + " source_id, name, kind, population, population_source, floor_area_m2, pop_0_2, pop_3_5, pop_60_plus,"
                + " entrances, geom) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + geometry + ", " + geometry + ")", progress)) {
            for (int i = 0; i < areas.size(); i++) {
                ResidentialArea a = areas.get(i);
                PreparedStatement row = insert.row();
                row.setString(1, versionId);
                row.setInt(2, i);
                row.setString(3, a.sourceId());
                row.setString(4, a.name());
                row.setString(5, a.kind());
                Jdbc.setDouble(row, 6, a.population().residents());
                row.setString(7, a.population().source().id());
                Jdbc.setDouble(row, 8, a.floorAreaSquareMeters());
                Jdbc.setDouble(row, 9, a.ages().age0to2());
                Jdbc.setDouble(row, 10, a.ages().age3to5());
                Jdbc.setDouble(row, 11, a.ages().age60plus());
                row.setBytes(12, Wkb.points(a.entrances()));
                row.setBytes(13, Wkb.write(a.polygon()));
                insert.add();
            }
        }
    }

    private static void insertDistricts(Connection connection, String geometry, String versionId,
                                        DatasetFeatures features, BatchInsert.RowCount progress) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "INSERT INTO districts (version_id, ordinal, code, name,"
                + " census_population, census_0_2, census_3_5, census_60_plus, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                + geometry + ")", progress)) {
            for (int i = 0; i < features.districts().size(); i++) {
                District d = features.districts().get(i);
                PreparedStatement row = insert.row();
                row.setString(1, versionId);
                row.setInt(2, i);
                row.setString(3, d.code());
                row.setString(4, d.name());
                Jdbc.setDouble(row, 5, features.censusByDistrict().getOrDefault(i, Double.NaN));
                double[] ages = features.censusAges().getOrDefault(i, new double[] {Double.NaN, Double.NaN, Double.NaN});
                for (int g = 0; g < 3; g++) {
                    Jdbc.setDouble(row, 6 + g, ages[g]);
                }
                row.setBytes(9, Wkb.write(d.boundary()));
                insert.add();
            }
        }
    }

    static List<Facility> facilities(Connection connection, Dialect dialect, String versionId, Optional<Box> box)
            throws SQLException {
        List<Facility> facilities = new ArrayList<>();
        try (PreparedStatement query = prepare(connection, dialect, FACILITIES, versionId, box);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                double lon = rows.getDouble("lon");
                double lat = rows.getDouble("lat");
                if (box.isEmpty() || dialect.boxConditionIsExact() || box.get().contains(lon, lat)) {
                    facilities.add(new Facility(rows.getString("facility_id"),
                            Category.of(rows.getString("category")), rows.getString("subtype"),
                            rows.getString("tier"), rows.getString("name"), Jdbc.optionalInt(rows, "capacity"), lon,
                            lat, rows.getString("source"), rows.getBoolean("inclusive")));
                }
            }
        }
        return facilities;
    }

    static List<ResidentialArea> areas(Connection connection, Dialect dialect, String versionId, Optional<Box> box)
            throws SQLException {
        List<ResidentialArea> areas = new ArrayList<>();
        try (PreparedStatement query = prepare(connection, dialect, AREAS, versionId, box);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Geometry polygon = Wkb.read(rows.getBytes("geom"));
                if (box.isPresent() && !dialect.boxConditionIsExact() && !box.get().meets(polygon)) {
                    continue;
                }
                Population population = new Population(Jdbc.doubleOrNaN(rows, "population"),
                        populationSource(rows.getString("population_source")));
                AgeCounts ages = new AgeCounts(Jdbc.doubleOrNaN(rows, "pop_0_2"), Jdbc.doubleOrNaN(rows, "pop_3_5"),
                        Jdbc.doubleOrNaN(rows, "pop_60_plus"), AgeCounts.Source.ATTRIBUTE);
                areas.add(new ResidentialArea(rows.getString("source_id"), rows.getString("name"), rows.getString("kind"),
                        polygon, population, Wkb.coordinates(rows.getBytes("entrances")),
                        Jdbc.doubleOrNaN(rows, "floor_area_m2"), ages.anyGiven() ? ages : AgeCounts.unknown()));
            }
        }
        return areas;
    }

    /** Districts, and into {@code census} (when given) the census residents by district index. */
    static List<District> districts(Connection connection, Dialect dialect, String versionId, Optional<Box> box,
                                    Map<Integer, Double> census) throws SQLException {
        return districts(connection, dialect, versionId, box, census, new HashMap<>());
    }

    /** Districts, their census residents and (into {@code censusAges}) census residents by age group, by district index. */
    static List<District> districts(Connection connection, Dialect dialect, String versionId, Optional<Box> box,
                                    Map<Integer, Double> census, Map<Integer, double[]> censusAges)
            throws SQLException {
        List<District> districts = new ArrayList<>();
        try (PreparedStatement query = prepare(connection, dialect, DISTRICTS, versionId, box);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Geometry boundary = Wkb.read(rows.getBytes("geom"));
                if (box.isPresent() && !dialect.boxConditionIsExact() && !box.get().meets(boundary)) {
                    continue;
                }
                double residents = Jdbc.doubleOrNaN(rows, "census_population");
                if (!Double.isNaN(residents)) {
                    census.put(rows.getInt("ordinal"), residents);
                }
                double[] ages = {Jdbc.doubleOrNaN(rows, "census_0_2"), Jdbc.doubleOrNaN(rows, "census_3_5"),
                    Jdbc.doubleOrNaN(rows, "census_60_plus")};
                if (!Double.isNaN(ages[0]) || !Double.isNaN(ages[1]) || !Double.isNaN(ages[2])) {
                    censusAges.put(rows.getInt("ordinal"), ages);
                }
                districts.add(new District(rows.getString("code"), rows.getString("name"), boundary));
            }
        }
        return districts;
    }

    /** The query for a version, with the box condition when a box is given, in input order. */
    static PreparedStatement prepare(Connection connection, Dialect dialect, String select, String versionId,
                                     Optional<Box> box) throws SQLException {
        return bind(connection.prepareStatement(sql(dialect, select, box)), dialect, versionId, box);
    }

    /** The same query behind EXPLAIN (EXPLAIN QUERY PLAN on SQLite), to see which index the database uses. */
    static PreparedStatement prepareExplained(Connection connection, Dialect dialect, String select, String versionId,
                                              Optional<Box> box) throws SQLException {
        return bind(connection.prepareStatement(dialect.explain() + " " + sql(dialect, select, box)), dialect,
                versionId, box);
    }

    /** The table's query with the dialect's WKB selects and, for a box, its index hint and box condition. */
    static String sql(Dialect dialect, String select, Optional<Box> box) {
        String table = select.substring(select.indexOf(" FROM ") + 6, select.indexOf("%s"));
        String hint = box.isPresent() ? dialect.spatialIndexHint(table) : "";
        String withWkb = WKB_SELECT.matcher(select).replaceAll(m -> dialect.wkb(m.group(1)));
        return withWkb.formatted(hint) + (box.isPresent() ? dialect.boxCondition(table) : "") + ORDERED;
    }

    private static PreparedStatement bind(PreparedStatement query, Dialect dialect, String versionId,
                                          Optional<Box> box) throws SQLException {
        query.setString(1, versionId);
        if (box.isPresent()) {
            dialect.bindBox(query, 2, box.get().envelope());
        }
        return query;
    }

    private static Population.Source populationSource(String id) {
        for (Population.Source source : Population.Source.values()) {
            if (source.id().equals(id)) {
                return source;
            }
        }
        throw new IllegalStateException("unknown population source '" + id + "' in the store");
    }
}
