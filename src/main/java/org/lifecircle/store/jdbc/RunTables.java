package org.lifecircle.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.model.Category;
import org.lifecircle.store.AreaResult;
import org.lifecircle.store.CategoryResult;
import org.lifecircle.store.DistrictResult;
import org.lifecircle.store.NewRun;
import org.lifecircle.store.RunIds;
import org.lifecircle.store.RunInfo;
import org.lifecircle.store.RunKind;
import org.lifecircle.store.RunParameters;
import org.lifecircle.store.RunRule;

/** runs, run_rules and run_districts; area results are in {@link RunAreaTables}. */
final class RunTables {

    private static final String SELECT_RUNS = "SELECT run_id, kind, dataset_name, dataset_version_id, created_at,"
            + " profile_id, profile_title, search_limit_m, max_snap_m, max_walk_override_m, area_count FROM runs";

    private RunTables() {
    }

    /** Inserts the runs row and returns the number the database gave it. */
    static long insertRun(Connection connection, Dialect dialect, NewRun run) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO runs (kind, dataset_name,"
                + " dataset_version_id, created_at, profile_id, profile_title, search_limit_m, max_snap_m,"
                + " max_walk_override_m, area_count, profile_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            RunParameters p = run.parameters();
            insert.setString(1, p.kind().id());
            insert.setString(2, run.datasetName());
            insert.setString(3, run.datasetVersionId());
            dialect.setInstant(insert, 4, run.createdAt());
            insert.setString(5, p.profileId());
            insert.setString(6, p.profileTitle());
            insert.setDouble(7, p.searchLimitMeters());
            insert.setDouble(8, p.maxSnapMeters());
            Jdbc.setDouble(insert, 9, p.maxWalkMetersOverride());
            insert.setInt(10, run.areas().size());
            insert.setString(11, run.profileText().isEmpty() ? null : run.profileText());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new run");
                }
                return keys.getLong(1);
            }
        }
    }

    static void insertRules(Connection connection, long runId, List<RunRule> rules) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO run_rules (run_id, category,"
                + " max_walk_m, max_walk_min, speed_m_per_s, target_pct, basis, ordinal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rules.size(); i++) {
                RunRule rule = rules.get(i);
                insert.setInt(8, i);
                insert.setLong(1, runId);
                insert.setString(2, rule.category().id());
                insert.setDouble(3, rule.maxWalkMeters());
                Jdbc.setDouble(insert, 4, rule.maxWalkMinutes());
                Jdbc.setDouble(insert, 5, rule.speedMetersPerSecond());
                Jdbc.setDouble(insert, 6, rule.targetPct());
                insert.setString(7, rule.basis());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void insertDistricts(Connection connection, long runId, List<DistrictResult> districts,
                                BatchInsert.RowCount progress) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "INSERT INTO run_districts (run_id, ordinal,"
                + " district_code, district_name, category, areas, areas_covered, population, population_covered,"
                + " coverage_pct, target_pct, pass) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", progress)) {
            for (int i = 0; i < districts.size(); i++) {
                DistrictResult d = districts.get(i);
                PreparedStatement row = insert.row();
                row.setLong(1, runId);
                row.setInt(2, i);
                row.setString(3, d.districtCode());
                row.setString(4, d.districtName());
                row.setString(5, d.category().id());
                row.setInt(6, d.areas());
                row.setInt(7, d.areasCovered());
                row.setDouble(8, d.population());
                row.setDouble(9, d.populationCovered());
                row.setDouble(10, d.coveragePct());
                Jdbc.setDouble(row, 11, d.targetPct());
                Jdbc.setBoolean(row, 12, d.pass());
                insert.add();
            }
        }
    }

    /** Runs in id order: all, those of one dataset, or the one with a number. */
    static List<RunInfo> runs(Connection connection, Dialect dialect, Optional<String> datasetName,
                              Optional<Long> runId) throws SQLException {
        String where = datasetName.isPresent() ? " WHERE dataset_name = ?" : runId.isPresent() ? " WHERE run_id = ?" : "";
        List<RunInfo> runs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_RUNS + where + " ORDER BY run_id")) {
            if (datasetName.isPresent()) {
                select.setString(1, datasetName.get());
            } else if (runId.isPresent()) {
                select.setLong(1, runId.get());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    runs.add(info(rows, dialect));
                }
            }
        }
        return runs;
    }

    private static RunInfo info(ResultSet r, Dialect dialect) throws SQLException {
        RunParameters parameters = new RunParameters(RunKind.getById(r.getString("kind")), r.getString("profile_id"),
                r.getString("profile_title"), r.getDouble("search_limit_m"), r.getDouble("max_snap_m"),
                Jdbc.optionalDouble(r, "max_walk_override_m"));
        return new RunInfo(RunIds.format(r.getLong("run_id")), r.getString("dataset_name"),
                r.getString("dataset_version_id"), dialect.instant(r, "created_at"),
                parameters, r.getInt("area_count"));
    }

    /** The run's profile as it was applied (YAML), or "" for a run saved without it. */
    static String profileText(Connection connection, long runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT profile_text FROM runs WHERE run_id = ?")) {
            select.setLong(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getString(1) != null ? rows.getString(1) : "";
            }
        }
    }

    static List<RunRule> rules(Connection connection, long runId) throws SQLException {
        List<RunRule> rules = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT category, max_walk_m, max_walk_min,"
                + " speed_m_per_s, target_pct, basis FROM run_rules WHERE run_id = ? ORDER BY ordinal, category")) {
            select.setLong(1, runId);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rules.add(new RunRule(Category.of(r.getString("category")), r.getDouble("max_walk_m"),
                            Jdbc.optionalDouble(r, "max_walk_min"), Jdbc.optionalDouble(r, "speed_m_per_s"),
                            Jdbc.optionalDouble(r, "target_pct"), r.getString("basis")));
                }
            }
        }
        return rules;
    }

    static List<DistrictResult> districts(Connection connection, long runId) throws SQLException {
        List<DistrictResult> districts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT district_code, district_name, category,"
                + " areas, areas_covered, population, population_covered, coverage_pct, target_pct, pass"
                + " FROM run_districts WHERE run_id = ? ORDER BY ordinal")) {
            select.setLong(1, runId);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    districts.add(new DistrictResult(r.getString("district_code"), r.getString("district_name"),
                            Category.of(r.getString("category")), r.getInt("areas"), r.getInt("areas_covered"),
                            r.getDouble("population"), r.getDouble("population_covered"), r.getDouble("coverage_pct"),
                            Jdbc.optionalDouble(r, "target_pct"), Jdbc.optionalBoolean(r, "pass")));
                }
            }
        }
        return districts;
    }

    /** A category result read from run_area_categories. */
    static CategoryResult categoryResult(ResultSet r) throws SQLException {
        return new CategoryResult(Category.of(r.getString("category")), Jdbc.optionalDouble(r, "distance_m"),
                r.getString("facility_id"), r.getString("facility_name"), r.getBoolean("covered"));
    }

    /** An area result without categories yet (they are added from their own table). */
    static AreaResult areaResult(ResultSet r, List<CategoryResult> categories) throws SQLException {
        OptionalDouble population = Jdbc.optionalDouble(r, "population");
        return new AreaResult(r.getInt("area_ordinal"), r.getString("source_id"), r.getString("name"),
                r.getString("district_code"), r.getString("district_name"), population,
                r.getString("population_source"), categories);
    }
}
