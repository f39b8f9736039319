-- LifeCircle store, embedded SQLite (the same tables and columns as db/migration/postgis). Geometries
-- are WGS84 WKB blobs, longitude first. STRICT tables: SQLite checks every value's type.
-- A dataset name points at one version; every import writes a new version and moves the name in
-- the same transaction, so readers see the old or the new version, never a mix.
--
-- Differences from PostGIS, all invisible through the store's ports:
-- * timestamps are ISO-8601 text in UTC with microseconds (they sort as text);
-- * booleans are 0/1 integers;
-- * the spatially queried tables have an integer key (fid) for their R*Tree index (<table>_rtree:
--   the bounding box of every geometry, as 32-bit floats rounded outwards), kept by triggers. The
--   triggers call lc_minx/lc_maxx/lc_miny/lc_maxy, which LifeCircle registers on its connections
--   (store.embedded.WkbBounds): another program may read this file, but only LifeCircle writes it.

CREATE TABLE dataset_versions (
    version_id                 TEXT PRIMARY KEY,
    dataset_name               TEXT NOT NULL,
    created_at                 TEXT NOT NULL,
    content_sha256             TEXT NOT NULL,
    node_count                 INTEGER NOT NULL,
    edge_count                 INTEGER NOT NULL,
    facility_count             INTEGER NOT NULL,
    area_count                 INTEGER NOT NULL,
    district_count             INTEGER NOT NULL,
    graph_input_nodes          INTEGER NOT NULL,
    graph_input_edges          INTEGER NOT NULL,
    graph_min_component_nodes  INTEGER NOT NULL,
    graph_kept_components      INTEGER NOT NULL,
    graph_dropped_components   INTEGER NOT NULL,
    graph_dropped_nodes        INTEGER NOT NULL,
    graph_dropped_edges        INTEGER NOT NULL
) STRICT;

CREATE TABLE datasets (
    name        TEXT PRIMARY KEY,
    version_id  TEXT NOT NULL REFERENCES dataset_versions (version_id)
) STRICT;

CREATE TABLE dataset_sources (
    version_id  TEXT NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    role        TEXT NOT NULL,
    path        TEXT NOT NULL,
    crs         TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL,
    PRIMARY KEY (version_id, ordinal)
) STRICT;

CREATE TABLE dataset_notes (
    version_id  TEXT NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    note        TEXT NOT NULL,
    PRIMARY KEY (version_id, ordinal)
) STRICT;

CREATE TABLE network_nodes (
    version_id  TEXT NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    node_id     INTEGER NOT NULL,
    osm_id      INTEGER NOT NULL,
    component   INTEGER NOT NULL,
    geom        BLOB NOT NULL,
    PRIMARY KEY (version_id, node_id)
) STRICT;

CREATE TABLE network_edges (
    version_id  TEXT NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    edge_id     INTEGER NOT NULL,
    from_node   INTEGER NOT NULL,
    to_node     INTEGER NOT NULL,
    length_m    REAL NOT NULL,
    osm_way_id  INTEGER NOT NULL,
    highway     TEXT NOT NULL,
    geom        BLOB NOT NULL,
    PRIMARY KEY (version_id, edge_id)
) STRICT;

CREATE TABLE facilities (
    fid          INTEGER PRIMARY KEY,
    version_id   TEXT NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    facility_id  TEXT NOT NULL,
    category     TEXT NOT NULL,
    subtype      TEXT NOT NULL,
    tier         TEXT NOT NULL,
    name         TEXT NOT NULL,
    capacity     INTEGER,
    lon          REAL NOT NULL,
    lat          REAL NOT NULL,
    source       TEXT NOT NULL,
    geom         BLOB NOT NULL,
    UNIQUE (version_id, ordinal)
) STRICT;

CREATE TABLE residential_areas (
    fid                INTEGER PRIMARY KEY,
    version_id         TEXT NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    ordinal            INTEGER NOT NULL,
    source_id          TEXT NOT NULL,
    name               TEXT NOT NULL,
    kind               TEXT NOT NULL,
    population         REAL,
    population_source  TEXT NOT NULL,
    floor_area_m2      REAL,
    entrances          BLOB,
    geom               BLOB NOT NULL,
    UNIQUE (version_id, ordinal)
) STRICT;

CREATE TABLE districts (
    fid                INTEGER PRIMARY KEY,
    version_id         TEXT NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    ordinal            INTEGER NOT NULL,
    code               TEXT NOT NULL,
    name               TEXT NOT NULL,
    census_population  REAL,
    geom               BLOB NOT NULL,
    UNIQUE (version_id, ordinal)
) STRICT;

CREATE VIRTUAL TABLE facilities_rtree USING rtree(id, minx, maxx, miny, maxy);
CREATE VIRTUAL TABLE residential_areas_rtree USING rtree(id, minx, maxx, miny, maxy);
CREATE VIRTUAL TABLE districts_rtree USING rtree(id, minx, maxx, miny, maxy);

CREATE TRIGGER facilities_rtree_insert AFTER INSERT ON facilities BEGIN
    INSERT INTO facilities_rtree VALUES (NEW.fid, NEW.lon, NEW.lon, NEW.lat, NEW.lat);
END;
CREATE TRIGGER facilities_rtree_delete AFTER DELETE ON facilities BEGIN
    DELETE FROM facilities_rtree WHERE id = OLD.fid;
END;
CREATE TRIGGER residential_areas_rtree_insert AFTER INSERT ON residential_areas BEGIN
    INSERT INTO residential_areas_rtree VALUES (NEW.fid, lc_minx(NEW.geom), lc_maxx(NEW.geom), lc_miny(NEW.geom),
        lc_maxy(NEW.geom));
END;
CREATE TRIGGER residential_areas_rtree_delete AFTER DELETE ON residential_areas BEGIN
    DELETE FROM residential_areas_rtree WHERE id = OLD.fid;
END;
CREATE TRIGGER districts_rtree_insert AFTER INSERT ON districts BEGIN
    INSERT INTO districts_rtree VALUES (NEW.fid, lc_minx(NEW.geom), lc_maxx(NEW.geom), lc_miny(NEW.geom),
        lc_maxy(NEW.geom));
END;
CREATE TRIGGER districts_rtree_delete AFTER DELETE ON districts BEGIN
    DELETE FROM districts_rtree WHERE id = OLD.fid;
END;

-- Runs keep their own copy of what identifies an area (source id, name, district), so they can be
-- listed and compared after their dataset version was replaced; no foreign key to the version.
-- AUTOINCREMENT: a run's number is never given again, even after the newest run was deleted.
CREATE TABLE runs (
    run_id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    kind                   TEXT NOT NULL,
    dataset_name           TEXT NOT NULL,
    dataset_version_id     TEXT NOT NULL,
    created_at             TEXT NOT NULL,
    profile_id             TEXT NOT NULL,
    profile_title          TEXT NOT NULL,
    search_limit_m         REAL NOT NULL,
    max_snap_m             REAL NOT NULL,
    max_walk_override_m    REAL,
    area_count             INTEGER NOT NULL
) STRICT;
CREATE INDEX runs_dataset_idx ON runs (dataset_name);

CREATE TABLE run_rules (
    run_id           INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    category         TEXT NOT NULL,
    max_walk_m       REAL NOT NULL,
    max_walk_min     REAL,
    speed_m_per_s    REAL,
    target_pct       REAL,
    basis            TEXT NOT NULL,
    PRIMARY KEY (run_id, category)
) STRICT;

CREATE TABLE run_areas (
    run_id             INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    area_ordinal       INTEGER NOT NULL,
    source_id          TEXT NOT NULL,
    name               TEXT NOT NULL,
    district_code      TEXT NOT NULL,
    district_name      TEXT NOT NULL,
    population         REAL,
    population_source  TEXT NOT NULL,
    PRIMARY KEY (run_id, area_ordinal)
) STRICT;

CREATE TABLE run_area_categories (
    run_id         INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    area_ordinal   INTEGER NOT NULL,
    category       TEXT NOT NULL,
    distance_m     REAL,
    facility_id    TEXT NOT NULL,
    facility_name  TEXT NOT NULL,
    covered        INTEGER NOT NULL,
    PRIMARY KEY (run_id, area_ordinal, category)
) STRICT;

CREATE TABLE run_districts (
    run_id              INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    ordinal             INTEGER NOT NULL,
    district_code       TEXT NOT NULL,
    district_name       TEXT NOT NULL,
    category            TEXT NOT NULL,
    areas               INTEGER NOT NULL,
    areas_covered       INTEGER NOT NULL,
    population          REAL NOT NULL,
    population_covered  REAL NOT NULL,
    coverage_pct        REAL NOT NULL,
    target_pct          REAL,
    pass                INTEGER,
    PRIMARY KEY (run_id, ordinal)
) STRICT;
