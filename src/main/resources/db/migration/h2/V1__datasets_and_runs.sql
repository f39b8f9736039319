-- LifeCircle store, embedded H2 with H2GIS (same tables as db/migration/postgis). Geometries are WGS84 (SRID 4326), longitude first.
-- A dataset name points at one version; every import writes a new version and moves the name in
-- the same transaction, so readers see the old or the new version, never a mix.

CREATE TABLE dataset_versions (
    version_id                 VARCHAR(36) PRIMARY KEY,
    dataset_name               VARCHAR(200) NOT NULL,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    content_sha256             CHAR(64) NOT NULL,
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
);

CREATE TABLE datasets (
    name        VARCHAR(200) PRIMARY KEY,
    version_id  VARCHAR(36) NOT NULL REFERENCES dataset_versions (version_id)
);

CREATE TABLE dataset_sources (
    version_id  VARCHAR(36) NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    role        VARCHAR(16) NOT NULL,
    path        CHARACTER VARYING NOT NULL,
    crs         CHARACTER VARYING NOT NULL,
    sha256      CHAR(64) NOT NULL,
    size_bytes  BIGINT NOT NULL,
    PRIMARY KEY (version_id, ordinal)
);

-- Reading notes: geometries repaired and features skipped, with the reason.
CREATE TABLE dataset_notes (
    version_id  VARCHAR(36) NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    note        CHARACTER VARYING NOT NULL,
    PRIMARY KEY (version_id, ordinal)
);

-- The walking graph exactly as built (ids in the graph's Hilbert order), to restore it without
-- the OSM file. Lengths are the graph's float lengths, widened.
CREATE TABLE network_nodes (
    version_id  VARCHAR(36) NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    node_id     INTEGER NOT NULL,
    osm_id      BIGINT NOT NULL,
    component   INTEGER NOT NULL,
    geom        GEOMETRY(POINT, 4326) NOT NULL,
    PRIMARY KEY (version_id, node_id)
);

CREATE TABLE network_edges (
    version_id  VARCHAR(36) NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    edge_id     INTEGER NOT NULL,
    from_node   INTEGER NOT NULL,
    to_node     INTEGER NOT NULL,
    length_m    DOUBLE PRECISION NOT NULL,
    osm_way_id  BIGINT NOT NULL,
    highway     CHARACTER VARYING NOT NULL,
    geom        GEOMETRY(LINESTRING, 4326) NOT NULL,
    PRIMARY KEY (version_id, edge_id)
);

CREATE TABLE facilities (
    version_id   VARCHAR(36) NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    facility_id  CHARACTER VARYING NOT NULL,
    category     VARCHAR(32) NOT NULL,
    subtype      CHARACTER VARYING NOT NULL,
    tier         CHARACTER VARYING NOT NULL,
    name         CHARACTER VARYING NOT NULL,
    capacity     INTEGER,
    lon          DOUBLE PRECISION NOT NULL,
    lat          DOUBLE PRECISION NOT NULL,
    source       CHARACTER VARYING NOT NULL,
    geom         GEOMETRY(POINT, 4326) NOT NULL,
    PRIMARY KEY (version_id, ordinal)
);
CREATE SPATIAL INDEX facilities_geom_idx ON facilities (geom);

CREATE TABLE residential_areas (
    version_id         VARCHAR(36) NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    ordinal            INTEGER NOT NULL,
    source_id          CHARACTER VARYING NOT NULL,
    name               CHARACTER VARYING NOT NULL,
    kind               CHARACTER VARYING NOT NULL,
    population         DOUBLE PRECISION,
    population_source  VARCHAR(32) NOT NULL,
    floor_area_m2      DOUBLE PRECISION,
    entrances          GEOMETRY(MULTIPOINT, 4326),
    geom               GEOMETRY(GEOMETRY, 4326) NOT NULL,
    PRIMARY KEY (version_id, ordinal)
);
CREATE SPATIAL INDEX residential_areas_geom_idx ON residential_areas (geom);

CREATE TABLE districts (
    version_id         VARCHAR(36) NOT NULL REFERENCES dataset_versions (version_id) ON DELETE CASCADE,
    ordinal            INTEGER NOT NULL,
    code               CHARACTER VARYING NOT NULL,
    name               CHARACTER VARYING NOT NULL,
    census_population  DOUBLE PRECISION,
    geom               GEOMETRY(GEOMETRY, 4326) NOT NULL,
    PRIMARY KEY (version_id, ordinal)
);
CREATE SPATIAL INDEX districts_geom_idx ON districts (geom);

-- Runs keep their own copy of what identifies an area (source id, name, district), so they can be
-- listed and compared after their dataset version was replaced; no foreign key to the version.
CREATE TABLE runs (
    run_id                 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    kind                   VARCHAR(16) NOT NULL,
    dataset_name           VARCHAR(200) NOT NULL,
    dataset_version_id     VARCHAR(36) NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    profile_id             CHARACTER VARYING NOT NULL,
    profile_title          CHARACTER VARYING NOT NULL,
    search_limit_m         DOUBLE PRECISION NOT NULL,
    max_snap_m             DOUBLE PRECISION NOT NULL,
    max_walk_override_m    DOUBLE PRECISION,
    area_count             INTEGER NOT NULL
);
CREATE INDEX runs_dataset_idx ON runs (dataset_name);

CREATE TABLE run_rules (
    run_id           BIGINT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    category         VARCHAR(32) NOT NULL,
    max_walk_m       DOUBLE PRECISION NOT NULL,
    max_walk_min     DOUBLE PRECISION,
    speed_m_per_s    DOUBLE PRECISION,
    target_pct       DOUBLE PRECISION,
    basis            CHARACTER VARYING NOT NULL,
    PRIMARY KEY (run_id, category)
);

CREATE TABLE run_areas (
    run_id             BIGINT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    area_ordinal       INTEGER NOT NULL,
    source_id          CHARACTER VARYING NOT NULL,
    name               CHARACTER VARYING NOT NULL,
    district_code      CHARACTER VARYING NOT NULL,
    district_name      CHARACTER VARYING NOT NULL,
    population         DOUBLE PRECISION,
    population_source  VARCHAR(32) NOT NULL,
    PRIMARY KEY (run_id, area_ordinal)
);

CREATE TABLE run_area_categories (
    run_id         BIGINT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    area_ordinal   INTEGER NOT NULL,
    category       VARCHAR(32) NOT NULL,
    distance_m     DOUBLE PRECISION,
    facility_id    CHARACTER VARYING NOT NULL,
    facility_name  CHARACTER VARYING NOT NULL,
    covered        BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, area_ordinal, category)
);

CREATE TABLE run_districts (
    run_id              BIGINT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    ordinal             INTEGER NOT NULL,
    district_code       CHARACTER VARYING NOT NULL,
    district_name       CHARACTER VARYING NOT NULL,
    category            VARCHAR(32) NOT NULL,
    areas               INTEGER NOT NULL,
    areas_covered       INTEGER NOT NULL,
    population          DOUBLE PRECISION NOT NULL,
    population_covered  DOUBLE PRECISION NOT NULL,
    coverage_pct        DOUBLE PRECISION NOT NULL,
    target_pct          DOUBLE PRECISION,
    pass                BOOLEAN,
    PRIMARY KEY (run_id, ordinal)
);
