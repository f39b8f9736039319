package org.lifecircle.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.model.Category;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.Population;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.store.DatasetFeatures;
import org.locationtech.jts.geom.Envelope;

/**
 * facilities, residential_areas and districts: written in input order (the ordinal), read back
 * whole or for a box. Box reads filter with {@code &&} (bounding boxes, answered by the spatial
 * index on both databases) and then {@code ST_Intersects} (exact).
 */
final class FeatureTables {

    /** The box condition; parameters: the envelope twice (min lon, min lat, max lon, max lat). */
    static final String IN_BOX = " AND geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
            + " AND ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 4326))";

    static final String FACILITIES = "SELECT facility_id, category, subtype, tier, name, capacity, lon, lat, source"
            + " FROM facilities%s WHERE version_id = ?";
    static final String AREAS = "SELECT source_id, name, kind, population, population_source, floor_area_m2,"
            + " ST_AsBinary(entrances) AS entrances, ST_AsBinary(geom) AS geom FROM residential_areas%s WHERE version_id = ?";
    static final String DISTRICTS = "SELECT ordinal, code, name, census_population, ST_AsBinary(geom) AS geom"
            + " FROM districts%s WHERE version_id = ?";
    static final String ORDERED = " ORDER BY ordinal";

    /** A box to read features in, and the database's way of using the spatial index for it. */
    record Box(Envelope envelope, Dialect dialect) {
    }

    private FeatureTables() {
    }

    static void insert(Connection connection, String versionId, DatasetFeatures features, BatchInsert.Progress progress)
            throws SQLException {
        insertFacilities(connection, versionId, features.facilities(), progress);
        insertAreas(connection, versionId, features.areas(), progress);
        insertDistricts(connection, versionId, features, progress);
    }

    private static void insertFacilities(Connection connection, String versionId, List<Facility> facilities,
                                         BatchInsert.Progress progress) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "INSERT INTO facilities (version_id, ordinal, facility_id,"
                + " category, subtype, tier, name, capacity, lon, lat, source, geom)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326))", progress)) {
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
                row.setBytes(12, Wkb.point(f.lon(), f.lat()));
                insert.add();
            }
        }
    }

    private static void insertAreas(Connection connection, String versionId, List<ResidentialArea> areas,
                                    BatchInsert.Progress progress) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "INSERT INTO residential_areas (version_id, ordinal,"
                + " source_id, name, kind, population, population_source, floor_area_m2, entrances, geom) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326), ST_GeomFromWKB(?, 4326))", progress)) {
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
                row.setBytes(9, Wkb.points(a.entrances()));
                row.setBytes(10, Wkb.write(a.polygon()));
                insert.add();
            }
        }
    }

    private static void insertDistricts(Connection connection, String versionId, DatasetFeatures features,
                                        BatchInsert.Progress progress) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "INSERT INTO districts (version_id, ordinal, code, name,"
                + " census_population, geom) VALUES (?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326))", progress)) {
            for (int i = 0; i < features.districts().size(); i++) {
                District d = features.districts().get(i);
                PreparedStatement row = insert.row();
                row.setString(1, versionId);
                row.setInt(2, i);
                row.setString(3, d.code());
                row.setString(4, d.name());
                Jdbc.setDouble(row, 5, features.censusByDistrict().getOrDefault(i, Double.NaN));
                row.setBytes(6, Wkb.write(d.boundary()));
                insert.add();
            }
        }
    }

    static List<Facility> facilities(Connection connection, String versionId, Optional<Box> box)
            throws SQLException {
        List<Facility> facilities = new ArrayList<>();
        try (PreparedStatement query = prepare(connection, FACILITIES, versionId, box);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                facilities.add(new Facility(rows.getString("facility_id"), Category.getById(rows.getString("category")),
                        rows.getString("subtype"), rows.getString("tier"), rows.getString("name"),
                        Jdbc.optionalInt(rows, "capacity"), rows.getDouble("lon"), rows.getDouble("lat"),
                        rows.getString("source")));
            }
        }
        return facilities;
    }

    static List<ResidentialArea> areas(Connection connection, String versionId, Optional<Box> box)
            throws SQLException {
        List<ResidentialArea> areas = new ArrayList<>();
        try (PreparedStatement query = prepare(connection, AREAS, versionId, box);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Population population = new Population(Jdbc.doubleOrNaN(rows, "population"),
                        populationSource(rows.getString("population_source")));
                areas.add(new ResidentialArea(rows.getString("source_id"), rows.getString("name"), rows.getString("kind"),
                        Wkb.read(rows.getBytes("geom")), population, Wkb.coordinates(rows.getBytes("entrances")),
                        Jdbc.doubleOrNaN(rows, "floor_area_m2")));
            }
        }
        return areas;
    }

    /** Districts, and into {@code census} (when given) the census residents by district index. */
    static List<District> districts(Connection connection, String versionId, Optional<Box> box,
                                    Map<Integer, Double> census) throws SQLException {
        List<District> districts = new ArrayList<>();
        try (PreparedStatement query = prepare(connection, DISTRICTS, versionId, box);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                double residents = Jdbc.doubleOrNaN(rows, "census_population");
                if (!Double.isNaN(residents)) {
                    census.put(rows.getInt("ordinal"), residents);
                }
                districts.add(new District(rows.getString("code"), rows.getString("name"),
                        Wkb.read(rows.getBytes("geom"))));
            }
        }
        return districts;
    }

    /** The query for a version, with the box condition when a box is given, in input order. */
    static PreparedStatement prepare(Connection connection, String select, String versionId, Optional<Box> box)
            throws SQLException {
        return bind(connection.prepareStatement(sql(select, box)), versionId, box);
    }

    /** The same query behind EXPLAIN, to see which index the database uses. */
    static PreparedStatement prepareExplained(Connection connection, String select, String versionId,
                                              Optional<Box> box) throws SQLException {
        return bind(connection.prepareStatement("EXPLAIN " + sql(select, box)), versionId, box);
    }

    private static String sql(String select, Optional<Box> box) {
        String table = select.substring(select.indexOf(" FROM ") + 6, select.indexOf("%s"));
        String hint = box.map(b -> b.dialect().spatialIndexHint(table)).orElse("");
        return select.formatted(hint) + (box.isPresent() ? IN_BOX : "") + ORDERED;
    }

    private static PreparedStatement bind(PreparedStatement query, String versionId, Optional<Box> box)
            throws SQLException {
        query.setString(1, versionId);
        if (box.isPresent()) {
            setBox(query, 2, box.get().envelope());
            setBox(query, 6, box.get().envelope());
        }
        return query;
    }

    static void setBox(PreparedStatement query, int first, Envelope box) throws SQLException {
        query.setDouble(first, box.getMinX());
        query.setDouble(first + 1, box.getMinY());
        query.setDouble(first + 2, box.getMaxX());
        query.setDouble(first + 3, box.getMaxY());
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
