package org.lifecircle.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.model.Category;
import org.lifecircle.store.AreaResult;
import org.lifecircle.store.CategoryResult;
import org.lifecircle.store.MappedAreaResult;
import org.lifecircle.store.RunRule;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * run_areas and run_area_categories: a run's results per area and category. Read whole, or for a
 * box by joining the areas of the run's dataset version (the spatial index picks them).
 */
final class RunAreaTables {

    /** Joins an area result table (alias x) to the run's dataset version's polygons; parameter: version id. */
    private static final String JOIN_AREAS = " JOIN residential_areas%s ON residential_areas.version_id = ?"
            + " AND residential_areas.ordinal = x.area_ordinal";

    private RunAreaTables() {
    }

    static void insert(Connection connection, long runId, List<AreaResult> areas, BatchInsert.RowCount progress)
            throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "INSERT INTO run_areas (run_id, area_ordinal, source_id,"
                + " name, district_code, district_name, population, population_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                progress)) {
            for (AreaResult a : areas) {
                PreparedStatement row = insert.row();
                row.setLong(1, runId);
                row.setInt(2, a.area());
                row.setString(3, a.sourceId());
                row.setString(4, a.name());
                row.setString(5, a.districtCode());
                row.setString(6, a.districtName());
                Jdbc.setDouble(row, 7, a.population());
                row.setString(8, a.populationSource());
                insert.add();
            }
        }
        try (BatchInsert insert = new BatchInsert(connection, "INSERT INTO run_area_categories (run_id, area_ordinal,"
                + " category, distance_m, facility_id, facility_name, covered) VALUES (?, ?, ?, ?, ?, ?, ?)", progress)) {
            for (AreaResult a : areas) {
                for (CategoryResult c : a.categories()) {
                    PreparedStatement row = insert.row();
                    row.setLong(1, runId);
                    row.setInt(2, a.area());
                    row.setString(3, c.category().id());
                    Jdbc.setDouble(row, 4, c.distanceMeters());
                    row.setString(5, c.facilityId());
                    row.setString(6, c.facilityName());
                    row.setBoolean(7, c.covered());
                    insert.add();
                }
            }
        }
    }

    /** Every area result of the run, in area order. */
    static List<AreaResult> all(Connection connection, long runId) throws SQLException {
        Map<Integer, List<CategoryResult>> categories = categories(connection, runId, Optional.empty());
        List<AreaResult> areas = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT x.* FROM run_areas x WHERE x.run_id = ?"
                + " ORDER BY x.area_ordinal")) {
            select.setLong(1, runId);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    areas.add(RunTables.areaResult(r, categories.getOrDefault(r.getInt("area_ordinal"), List.of())));
                }
            }
        }
        return areas;
    }

    /** Area results whose polygon (in the given dataset version) intersects the box, with the polygon. */
    static List<MappedAreaResult> inBox(Connection connection, long runId, String versionId, Envelope box,
                                        Dialect dialect) throws SQLException {
        String join = JOIN_AREAS.formatted(dialect.spatialIndexHint("residential_areas"));
        String condition = " WHERE x.run_id = ?" + dialect.boxCondition("residential_areas");
        Map<Integer, List<CategoryResult>> categories = categories(connection, runId,
                Optional.of(new Box(versionId, box, join + condition, dialect)));
        FeatureTables.Box exact = new FeatureTables.Box(box);
        List<MappedAreaResult> areas = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT x.*, "
                + dialect.wkb("residential_areas.geom") + " AS polygon FROM run_areas x" + join + condition
                + " ORDER BY x.area_ordinal")) {
            bind(select, runId, versionId, box, dialect);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    Geometry polygon = Wkb.read(r.getBytes("polygon"));
                    if (dialect.boxConditionIsExact() || exact.meets(polygon)) {
                        AreaResult result = RunTables.areaResult(r,
                                categories.getOrDefault(r.getInt("area_ordinal"), List.of()));
                        areas.add(new MappedAreaResult(result, polygon));
                    }
                }
            }
        }
        return areas;
    }

    /** The areas of a box: the join to the version's polygons and the box condition, with what they bind. */
    private record Box(String versionId, Envelope envelope, String joinAndCondition, Dialect dialect) {
    }

    /**
     * Category results by area ordinal: all of the run's, or those of the areas whose bounding box
     * meets the box (the caller keeps only those whose polygon does).
     */
    private static Map<Integer, List<CategoryResult>> categories(Connection connection, long runId, Optional<Box> box)
            throws SQLException {
        Map<Integer, List<CategoryResult>> byArea = new HashMap<>();
        String sql = "SELECT x.* FROM run_area_categories x"
                + box.map(Box::joinAndCondition).orElse(" WHERE x.run_id = ?");
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (box.isPresent()) {
                bind(select, runId, box.get().versionId(), box.get().envelope(), box.get().dialect());
            } else {
                select.setLong(1, runId);
            }
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    byArea.computeIfAbsent(r.getInt("area_ordinal"), a -> new ArrayList<>())
                            .add(RunTables.categoryResult(r));
                }
            }
        }
        Map<Category, Integer> order = new HashMap<>();
        List<RunRule> rules = RunTables.rules(connection, runId);
        for (int i = 0; i < rules.size(); i++) {
            order.put(rules.get(i).category(), i);
        }
        Comparator<CategoryResult> inRuleOrder = Comparator.comparing(c -> order.getOrDefault(c.category(), rules.size()));
        byArea.values().forEach(list -> list.sort(inRuleOrder.thenComparing(CategoryResult::category)));
        return byArea;
    }

    private static void bind(PreparedStatement select, long runId, String versionId, Envelope box, Dialect dialect)
            throws SQLException {
        select.setString(1, versionId);
        select.setLong(2, runId);
        dialect.bindBox(select, 3, box);
    }
}
